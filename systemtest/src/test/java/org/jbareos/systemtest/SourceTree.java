package org.jbareos.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The small tree the system test backs up: the kinds of entries a File Daemon treats differently (regular files,
 * a name with spaces and UTF-8, an empty file, a symlink, an empty directory, a subdirectory), small enough that
 * the test stays fast.
 */
record SourceTree(Path root) {

  static final String PLAIN = "plain.txt";
  static final String SPACED = "name with spaces äöü €.txt";
  static final String EMPTY = "empty";
  static final String LINK = "link-to-plain";
  static final String EMPTY_DIR = "empty dir";
  static final String SUBDIR = "sub";
  static final String NESTED = "sub/nested.bin";
  static final String ADDED = "sub/added later.txt";

  static final String PLAIN_V1 = "first version of plain.txt\n";
  static final String PLAIN_V2 = "SECOND version of plain.txt, changed before the Incremental\n";
  static final String ADDED_TEXT = "a file the Incremental must pick up\n";

  /** Creates the tree under {@code root}. */
  static SourceTree create(Path root) throws IOException {
    Files.createDirectories(root.resolve(SUBDIR));
    Files.createDirectories(root.resolve(EMPTY_DIR));
    Files.writeString(root.resolve(PLAIN), PLAIN_V1, StandardCharsets.UTF_8);
    Files.writeString(root.resolve(SPACED), "spaces and UTF-8 in the name\n", StandardCharsets.UTF_8);
    Files.createFile(root.resolve(EMPTY));
    Files.createSymbolicLink(root.resolve(LINK), Path.of(PLAIN));
    byte[] nested = new byte[64 * 1024];
    for (int i = 0; i < nested.length; i++) {
      nested[i] = (byte) (i * 31 + 7);
    }
    Files.write(root.resolve(NESTED), nested);
    return new SourceTree(root);
  }

  /** Every entry a Full backup saves: the root, the directories, the files and the symlink. */
  long entryCount() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.count();
    }
  }

  /** The change the Incremental must see: one file rewritten, one added. */
  void changeForIncremental() throws IOException {
    Files.writeString(root.resolve(PLAIN), PLAIN_V2, StandardCharsets.UTF_8);
    Files.writeString(root.resolve(ADDED), ADDED_TEXT, StandardCharsets.UTF_8);
  }

  Path path(String relative) {
    return root.resolve(relative);
  }
}
