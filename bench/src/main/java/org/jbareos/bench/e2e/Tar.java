package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The baseline: GNU tar writing the data set to an archive ({@code tar cf}) and extracting it ({@code tar xf}). */
final class Tar {
  private Tar() {}

  static Timed create(Dataset dataset, Path archive) throws IOException, InterruptedException {
    Path parent = dataset.root().getParent();
    return Timed.of(run(List.of("tar", "cf", archive.toString(), "-C", parent.toString(),
        dataset.root().getFileName().toString())), dataset);
  }

  static Timed extract(Dataset dataset, Path archive, Path into) throws IOException, InterruptedException {
    Files.createDirectories(into);
    return Timed.of(run(List.of("tar", "xf", archive.toString(), "-C", into.toString())), dataset);
  }

  private static long run(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process tar = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes());
    int status = tar.waitFor();
    long nanos = System.nanoTime() - start;
    if (status != 0) {
      throw new IOException(String.join(" ", command) + " failed (" + status + "):\n" + output);
    }
    return nanos;
  }
}
