package org.jbareos.filedaemon.backup;

/**
 * The compression algorithms of the {@code Z} options and the magic that names them in the compression header
 * ({@code include/ch.h compression_type}: the four ASCII letters as a big-endian 32-bit number; {@code
 * filed/fileset.cc} for the option letters). This FD writes GZIP (zlib) and the fastlzlib LZ4 forms; a FileSet that
 * asks for LZO or FastLZ is recognised and refused when the job starts, with a message naming the option.
 */
public enum CompressionAlgorithm {
  /** {@code Z1..Z9}: zlib at that level. */
  GZIP("GZIP", "GZIP", true),
  /** {@code Zo}: LZO1X. */
  LZO1X("LZOX", "LZO", false),
  /** {@code Zff}: FastLZ in fastlzlib blocks. */
  FASTLZ("FZFZ", "FASTLZ", false),
  /** {@code Zf4}: LZ4 in fastlzlib blocks. */
  LZ4("FZ4L", "LZ4", true),
  /** {@code Zfh}: LZ4 high compression in fastlzlib blocks. */
  LZ4HC("FZ4H", "LZ4HC", true);

  private final int magic;
  private final String displayName;
  private final boolean implemented;

  CompressionAlgorithm(String letters, String displayName, boolean implemented) {
    this.magic = (letters.charAt(0) << 24) | (letters.charAt(1) << 16) | (letters.charAt(2) << 8) | letters.charAt(3);
    this.displayName = displayName;
    this.implemented = implemented;
  }

  /** The header magic, e.g. {@code 0x475a4950} for GZIP. */
  public int magic() {
    return magic;
  }

  /** The name Bareos prints ({@code CompressorName}). */
  public String displayName() {
    return displayName;
  }

  /** True when this FD can compress and decompress it. */
  public boolean implemented() {
    return implemented;
  }

  /** The algorithm of a header magic, or null. */
  public static CompressionAlgorithm fromMagic(int magic) {
    for (CompressionAlgorithm algorithm : values()) {
      if (algorithm.magic == magic) {
        return algorithm;
      }
    }
    return null;
  }
}
