package org.jbareos.filedaemon.backup;

import java.util.Optional;

/**
 * The compression an Options block asks for ({@code filed/fileset.cc}: {@code Z0..Z9} gzip with that level, {@code
 * Zo} LZO, {@code Zff} FastLZ, {@code Zf4} LZ4, {@code Zfh} LZ4HC; the fastlzlib ones and LZO have level 1, "not
 * used"). The level is written into the compression header.
 */
public record Compression(CompressionAlgorithm algorithm, int level) {

  /** The compression of a {@code Z} option such as {@code Z6} or {@code Zf4}, or empty for an unknown one. */
  public static Optional<Compression> fromOption(String option) {
    if (option.length() == 2 && Character.isDigit(option.charAt(1))) {
      return Optional.of(new Compression(CompressionAlgorithm.GZIP, option.charAt(1) - '0'));
    }
    return Optional.ofNullable(
        switch (option) {
          case "Zo" -> new Compression(CompressionAlgorithm.LZO1X, 1);
          case "Zff" -> new Compression(CompressionAlgorithm.FASTLZ, 1);
          case "Zf4" -> new Compression(CompressionAlgorithm.LZ4, 1);
          case "Zfh" -> new Compression(CompressionAlgorithm.LZ4HC, 1);
          default -> null;
        });
  }
}
