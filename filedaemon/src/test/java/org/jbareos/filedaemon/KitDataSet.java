package org.jbareos.filedaemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conformance kit's data set, built as {@code tools/make-dataset.sh full} does (conformance README, "Data set"):
 * root:root, files 0644, directories 0755, atime and mtime 2020-01-02 03:04:05 UTC on every entry.
 */
public final class KitDataSet {

  /** 2020-01-02 03:04:05 UTC. */
  public static final long T0 = Instant.parse("2020-01-02T03:04:05Z").getEpochSecond();
  /** 2020-01-03 03:04:05 UTC, the Incremental step's time. */
  public static final long T1 = Instant.parse("2020-01-03T03:04:05Z").getEpochSecond();
  /** The kit's path of the data set, as it appears in the transcripts. */
  public static final String KIT_ROOT = "/srv/bareos-test/data";
  public static final String UTF8_NAME = "grüße-日本.txt";

  private KitDataSet() {}

  /** random.bin: 307200 bytes of {@code random.Random(42).randbytes(300*1024)}. */
  public static byte[] randomBin() {
    return new MersenneTwister(42).randbytes(300 * 1024);
  }

  /** Creates the data set in {@code data} (which must not exist) and returns it. */
  public static Path create(Path data) throws IOException {
    Files.createDirectories(data.resolve("docs"));
    write(data.resolve("tape_options"), "# nothing needed for Linux\n");
    write(data.resolve("docs/a.txt"), "alpha\n");
    write(data.resolve("docs/b.txt"), "bravo\n");
    write(data.resolve("docs/c.txt"), "charlie\n");
    Files.write(data.resolve("random.bin"), randomBin());
    Files.write(data.resolve("empty.dat"), new byte[0]);
    Files.createSymbolicLink(data.resolve("link-to-tape_options"), Path.of("tape_options"));
    write(data.resolve("file with space.txt"), "space in the name\n");
    write(data.resolve(UTF8_NAME), "UTF-8 name\n");
    finish(data);
    return data;
  }

  /** chown 0:0, chmod 0644/0755, and every time to T0 (deepest first, as {@code find -depth}). */
  public static void finish(Path data) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(data)) {
      walk.forEach(all::add);
    }
    for (Path path : all.reversed()) {
      Files.setAttribute(path, "unix:uid", 0, LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(path, "unix:gid", 0, LinkOption.NOFOLLOW_LINKS);
      if (!Files.isSymbolicLink(path)) {
        Files.setPosixFilePermissions(path,
            PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
      }
      setTimes(path, T0);
    }
  }

  /** Sets atime and mtime of a path (not following a symlink). */
  public static void setTimes(Path path, long epochSeconds) throws IOException {
    boolean opensSafely = Files.isSymbolicLink(path) || Files.isRegularFile(path) || Files.isDirectory(path);
    if (!opensSafely) {
      // NIO opens the file to set its times, which blocks on a FIFO
      try {
        RichTree.run("touch", "-h", "-d", "@" + epochSeconds, path.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      return;
    }
    FileTime time = FileTime.from(Instant.ofEpochSecond(epochSeconds));
    Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(time, time, null);
  }

  private static void write(Path path, String text) throws IOException {
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }
}
