package org.jbareos.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Copies of the conformance kit's daemon configurations ({@code conformance/config/bareos-dir.d}, {@code
 * bareos-sd.d}, {@code bareos-fd.d}) for a test to point at its own ports and directories, then load.
 */
public final class KitConfig {

  private KitConfig() {}

  /**
   * Copies {@code conformance/config/<kitDirectory>} to {@code <parent>/<kitDirectory>}, every file writable, and
   * returns {@code parent}: the directory a daemon's {@code -c} names.
   */
  public static Path copy(String kitDirectory, Path parent) throws IOException {
    Path source = SharedData.conformance("config/" + kitDirectory);
    Path target = parent.resolve(kitDirectory);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
          copy.toFile().setWritable(true);
        }
      }
    }
    return parent;
  }

  /** Replaces {@code from} by {@code to} in a copied file; fails when the kit no longer says {@code from}. */
  public static void rewrite(Path file, String from, String to) {
    try {
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new IllegalStateException(file + " no longer says " + from);
      }
      Files.writeString(file, text.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
