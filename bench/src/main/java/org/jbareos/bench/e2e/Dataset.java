package org.jbareos.bench.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * One data set of the benchmark: a directory of incompressible files (pseudo-random bytes from a fixed seed, so
 * every run backs up the same content).
 *
 * @param name short name used for jobs, filesets and directories
 * @param root the directory backed up
 * @param files regular files in it
 * @param bytes their total size
 */
record Dataset(String name, Path root, long files, long bytes) {

  private static final int CHUNK = 1 << 20;

  /** {@code count} files of {@code size} bytes each, directly under {@code root}. */
  static Dataset largeFiles(String name, Path root, int count, long size) throws IOException {
    Files.createDirectories(root);
    SplittableRandom random = new SplittableRandom(42);
    byte[] chunk = new byte[CHUNK];
    for (int i = 0; i < count; i++) {
      try (OutputStream out = Files.newOutputStream(root.resolve("file-" + i + ".bin"))) {
        for (long left = size; left > 0; left -= CHUNK) {
          random.nextBytes(chunk);
          out.write(chunk, 0, (int) Math.min(CHUNK, left));
        }
      }
    }
    return new Dataset(name, root, count, count * size);
  }

  /** {@code directories × perDirectory} files of 1–16 KiB, sizes uniformly drawn. */
  static Dataset smallFiles(String name, Path root, int directories, int perDirectory) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    byte[] content = new byte[16 * 1024];
    long bytes = 0;
    for (int d = 0; d < directories; d++) {
      Path dir = Files.createDirectories(root.resolve("dir-" + d));
      for (int f = 0; f < perDirectory; f++) {
        int size = random.nextInt(1024, 16 * 1024 + 1);
        random.nextBytes(content);
        try (OutputStream out = Files.newOutputStream(dir.resolve("file-" + f + ".dat"))) {
          out.write(content, 0, size);
        }
        bytes += size;
      }
    }
    return new Dataset(name, root, (long) directories * perDirectory, bytes);
  }
}
