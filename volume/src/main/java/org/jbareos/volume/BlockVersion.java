package org.jbareos.volume;

/**
 * The two block header layouts ({@code stored/block.h}: {@code BLKHDR1_ID}, {@code BLKHDR2_ID}).
 *
 * <p>BB01 blocks (16-byte header) carry the session ids in every 20-byte record header; BB02 blocks (24-byte header)
 * carry them once in the block header and use 12-byte record headers. Bareos reads both and writes only BB02.
 */
public enum BlockVersion {
  BB01(16, 20),
  BB02(24, 12);

  private final int headerLength;
  private final int recordHeaderLength;

  BlockVersion(int headerLength, int recordHeaderLength) {
    this.headerLength = headerLength;
    this.recordHeaderLength = recordHeaderLength;
  }

  /** {@code BLKHDR1_LENGTH} 16 or {@code BLKHDR2_LENGTH} 24. */
  public int headerLength() {
    return headerLength;
  }

  /** {@code RECHDR1_LENGTH} 20 or {@code RECHDR2_LENGTH} 12. */
  public int recordHeaderLength() {
    return recordHeaderLength;
  }
}
