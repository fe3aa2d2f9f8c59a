package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Random;

/**
 * The tree a quick start backs up when no {@code --source} is given: the cases that break naive backup tools, so a
 * successful restore of it means something. Names with spaces and non-ASCII UTF-8, an empty file, a large random
 * file (streams spanning many blocks), symlinks with a relative and an absolute target, a hard link, an empty
 * directory, nested directories, modes other than the umask's and an old modification time.
 */
public final class SampleTree {

  /** A fixed seed: the same bytes on every run, yet incompressible. */
  private static final long SEED = 0x6a626172656f73L;
  private static final Instant LONG_AGO = Instant.parse("2020-02-29T12:34:56Z");

  private SampleTree() {}

  /**
   * Creates the tree in {@code root} (which must not exist yet).
   *
   * @param randomMegabytes the size of the random file in MiB; 0 leaves it out
   */
  public static void create(Path root, int randomMegabytes) throws IOException {
    Files.createDirectories(root);
    text(root.resolve("README.txt"), "This tree was made by jbareos quickstart to be backed up and restored.\n");
    text(root.resolve("file with space.txt"), "A name with spaces.\n");
    text(root.resolve("grüße-日本.txt"), "UTF-8 in a file name: grüße aus 日本.\n");
    Files.createFile(root.resolve("empty.txt"));
    Path docs = Files.createDirectories(root.resolve("docs"));
    text(docs.resolve("notes.md"), "# Notes\n\n- restore checks content, type, mode, mtime and link targets\n");
    Path old = docs.resolve("old-letter.txt");
    text(old, "Written long ago; the restore must bring back this modification time.\n");
    Files.setLastModifiedTime(old, FileTime.from(LONG_AGO));
    Path script = root.resolve("run-me.sh");
    text(script, "#!/bin/sh\necho restored\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path secret = root.resolve("private.conf");
    text(secret, "password = not-really\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path deep = Files.createDirectories(root.resolve("nested").resolve("level 1").resolve("level-2"));
    text(deep.resolve("deep.txt"), "Three directories down.\n");
    Files.createDirectories(root.resolve("empty-directory"));
    Files.createLink(root.resolve("hard link to README.txt"), root.resolve("README.txt"));
    Files.createSymbolicLink(root.resolve("link-relative"), Path.of("docs", "notes.md"));
    Files.createSymbolicLink(root.resolve("link-absolute"), docs.resolve("notes.md").toAbsolutePath());
    if (randomMegabytes > 0) {
      random(root.resolve("random-" + randomMegabytes + "MB.bin"), randomMegabytes);
    }
  }

  private static void text(Path file, String content) throws IOException {
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static void random(Path file, int megabytes) throws IOException {
    Random random = new Random(SEED);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < megabytes; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
  }
}
