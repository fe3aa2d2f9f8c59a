package org.jbareos.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs of {@value #SIZE} mounted on a directory, so that the Storage Daemon's device there runs out of space
 * ({@code ENOSPC}) after a few MB. Mounting needs root (CI runs as root); {@link #mount} says why it could not.
 */
final class SmallDisk implements AutoCloseable {

  static final String SIZE = "4m";

  private final Path directory;

  private SmallDisk(Path directory) {
    this.directory = directory;
  }

  /** Mounts the tmpfs on {@code directory}; throws with {@code mount}'s own words when that is not allowed. */
  static SmallDisk mount(Path directory) throws IOException {
    run(List.of("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", directory.toString()));
    return new SmallDisk(directory);
  }

  /** Unmounts; lazily when the Storage Daemon still holds a volume open there. */
  @Override
  public void close() throws IOException {
    try {
      run(List.of("umount", directory.toString()));
    } catch (IOException busy) {
      run(List.of("umount", "-l", directory.toString()));
    }
  }

  private static void run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + String.join(" ", command), e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: "
          + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }
}
