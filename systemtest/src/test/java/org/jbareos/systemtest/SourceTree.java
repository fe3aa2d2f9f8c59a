package org.jbareos.systemtest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jbareos.cli.quickstart.SampleTree;

/**
 * The tree the backup rounds back up: the quick start's awkward cases ({@link SampleTree}: spaces and UTF-8 in
 * names, an empty file, a large random file, relative and absolute symlinks, a hard link, an empty directory, modes
 * and an old mtime) plus a few files of the test's own that the rounds change between backups.
 */
record SourceTree(Path root) {

  static final String PLAIN = "plain.txt";
  static final String SUBDIR = "sub";
  static final String NESTED = "sub/nested.bin";
  static final String ADDED = "sub/added later.txt";
  static final String NEW_DIR = "new dir ü";
  static final String ADDED_FOR_DIFFERENTIAL = "new dir ü/für das Differential.txt";
  /** One of {@link SampleTree}'s names: UTF-8 in a file name, restored on its own in the first round. */
  static final String UTF8_NAME = "grüße-日本.txt";

  static final String PLAIN_V1 = "first version of plain.txt\n";
  static final String PLAIN_V2 = "SECOND version of plain.txt, changed before the Incremental\n";
  static final String ADDED_TEXT = "a file the Incremental must pick up\n";
  static final String DIFFERENTIAL_TEXT = "a file the Differential must pick up\n";
  static final String NESTED_APPENDIX = "appended before the Differential\n";

  /** Creates the tree under {@code root}, with a random file of {@code largeFileMegabytes} MiB. */
  static SourceTree create(Path root, int largeFileMegabytes) throws IOException {
    SampleTree.create(root, largeFileMegabytes);
    Files.createDirectories(root.resolve(SUBDIR));
    Files.writeString(root.resolve(PLAIN), PLAIN_V1, StandardCharsets.UTF_8);
    Files.write(root.resolve(NESTED), nestedBytes());
    return new SourceTree(root);
  }

  /** sub/nested.bin's bytes as created: 64 KiB, more than one block of the volume. */
  static byte[] nestedBytes() {
    byte[] nested = new byte[64 * 1024];
    for (int i = 0; i < nested.length; i++) {
      nested[i] = (byte) (i * 31 + 7);
    }
    return nested;
  }

  /** A file of random (incompressible) bytes. */
  static void randomFile(Path file, int megabytes) throws IOException {
    Random random = new Random(megabytes);
    byte[] chunk = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < megabytes; i++) {
        random.nextBytes(chunk);
        out.write(chunk);
      }
    }
  }

  /** Every entry of the tree, the root included, as a Full backup saves it. */
  List<Path> entries() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.toList();
    }
  }

  /**
   * The change the Incremental must see: plain.txt rewritten and sub/added later.txt new, so it saves those two
   * and sub (whose mtime changed with the new entry).
   */
  void changeForIncremental() throws IOException {
    Files.writeString(root.resolve(PLAIN), PLAIN_V2, StandardCharsets.UTF_8);
    Files.writeString(root.resolve(ADDED), ADDED_TEXT, StandardCharsets.UTF_8);
  }

  /**
   * The change the Differential must see besides the Incremental's: sub/nested.bin appended to and a new directory
   * with a file, so the root's mtime changes too.
   */
  void changeForDifferential() throws IOException {
    Files.writeString(root.resolve(NESTED), NESTED_APPENDIX, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Files.createDirectories(root.resolve(NEW_DIR));
    Files.writeString(root.resolve(ADDED_FOR_DIFFERENTIAL), DIFFERENTIAL_TEXT, StandardCharsets.UTF_8);
  }

  Path path(String relative) {
    return root.resolve(relative);
  }
}
