package org.jbareos.protocol.attributes;

/**
 * The file digests a FileSet can ask for, with their record stream and length ({@code include/streams.h},
 * PROTOCOL.md §7.2, §10) and the name the FD puts in verify lines ({@code *MD5-<FileIndex>*}).
 */
public enum DigestAlgorithm {
  MD5(3, 16, "MD5"),
  SHA1(10, 20, "SHA1"),
  SHA256(17, 32, "SHA256"),
  SHA512(18, 64, "SHA512"),
  XXH128(40, 16, "XXH128");

  private final int stream;
  private final int length;
  private final String label;

  DigestAlgorithm(int stream, int length, String label) {
    this.stream = stream;
    this.length = length;
    this.label = label;
  }

  /** The record stream that carries this digest. */
  public int stream() {
    return stream;
  }

  /** The digest length in bytes. */
  public int length() {
    return length;
  }

  /** The name in verify lines. */
  public String label() {
    return label;
  }

  /** The algorithm of a digest stream, or null for any other stream. */
  public static DigestAlgorithm fromStream(int stream) {
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.stream == stream) {
        return algorithm;
      }
    }
    return null;
  }

  /** The algorithm for a verify line's label, or null. */
  public static DigestAlgorithm fromLabel(String label) {
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.label.equals(label)) {
        return algorithm;
      }
    }
    return null;
  }
}
