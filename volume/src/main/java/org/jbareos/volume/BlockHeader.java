package org.jbareos.volume;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The header at the start of every volume block (PROTOCOL.md §8, {@code stored/block.cc:SerBlockHeader},
 * {@code unSerBlockHeader}). All fields big-endian.
 *
 * <pre>
 * BB02 (written and read), 24 bytes:
 *  0               4               8               12              16              20              24
 *  +---------------+---------------+---------------+---------------+---------------+---------------+
 *  | CheckSum u32  | block_len u32 | BlockNumber   | "BB02"        | VolSessionId  | VolSessionTime|
 *  +---------------+---------------+---------------+---------------+---------------+---------------+
 * BB01 (read only), 16 bytes: the first four fields with "BB01"; the session ids are in each record header.
 * </pre>
 *
 * <p>{@code block_len} counts the whole block including this header. {@code CheckSum} is the standard CRC-32
 * ({@link CRC32}) over bytes {@code [4, block_len)}, i.e. everything after the checksum field. For BB01 blocks
 * {@link #volSessionId()} and {@link #volSessionTime()} are 0.
 *
 * @param checksum the stored CRC-32 (u32)
 * @param blockLength {@code block_len} (u32)
 * @param blockNumber {@code BlockNumber} (u32)
 * @param version BB01 or BB02
 * @param volSessionId u32, those of the last record header written into the block (BB02)
 * @param volSessionTime u32
 */
public record BlockHeader(
    long checksum, long blockLength, long blockNumber, BlockVersion version, long volSessionId, long volSessionTime) {

  /** {@code MAX_BLOCK_LENGTH} ({@code stored/block.h}): readers refuse longer blocks as insane. */
  public static final int MAX_BLOCK_LENGTH = 20_000_000;

  /** Length of the magic ("BB01"/"BB02") and of the checksum field. */
  static final int ID_LENGTH = 4;

  static final int ID_OFFSET = 12;

  public BlockHeader {
    requireU32(checksum, "checksum");
    requireU32(blockLength, "blockLength");
    requireU32(blockNumber, "blockNumber");
    requireU32(volSessionId, "volSessionId");
    requireU32(volSessionTime, "volSessionTime");
  }

  static void requireU32(long v, String name) {
    if (v < 0 || v > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(name + " is not a uint32: " + v);
    }
  }

  /**
   * Writes this header as BB02 into {@code block[0, 24)}. The checksum written is {@link #checksum()}; use
   * {@link #seal(byte[], int)} to compute and store it after the header is in place.
   */
  public void encodeTo(byte[] block) {
    if (version != BlockVersion.BB02) {
      throw new IllegalStateException("Bareos writes only BB02 blocks, not " + version);
    }
    putInt(block, 0, (int) checksum);
    putInt(block, 4, (int) blockLength);
    putInt(block, 8, (int) blockNumber);
    System.arraycopy("BB02".getBytes(StandardCharsets.US_ASCII), 0, block, ID_OFFSET, ID_LENGTH);
    putInt(block, 16, (int) volSessionId);
    putInt(block, 20, (int) volSessionTime);
  }

  /** Computes the CRC-32 of {@code block[4, blockLength)}, stores it at {@code block[0, 4)} and returns it. */
  public static long seal(byte[] block, int blockLength) {
    long crc = checksumOf(block, blockLength);
    putInt(block, 0, (int) crc);
    return crc;
  }

  /** The CRC-32 of {@code block[4, blockLength)} ({@code crc32_fast} in {@code stored/block.cc}). */
  public static long checksumOf(byte[] block, int blockLength) {
    return checksumOf(block, 0, blockLength);
  }

  /** The CRC-32 of the block held in {@code buf[offset, offset + blockLength)}. */
  static long checksumOf(byte[] buf, int offset, int blockLength) {
    CRC32 crc = new CRC32();
    crc.update(buf, offset + ID_LENGTH, blockLength - ID_LENGTH);
    return crc.getValue();
  }

  /**
   * Identifies the version from the magic at bytes {@code [12, 16)}; the caller has at least 16 bytes.
   *
   * @return the version, or {@code null} when the magic is neither "BB01" nor "BB02"
   */
  static BlockVersion versionOf(byte[] head) {
    if (head[12] != 'B' || head[13] != 'B' || head[14] != '0') {
      return null;
    }
    return switch (head[15]) {
      case '1' -> BlockVersion.BB01;
      case '2' -> BlockVersion.BB02;
      default -> null;
    };
  }

  /** Decodes a header whose version is known and whose bytes ({@code version.headerLength()}) are present. */
  static BlockHeader decode(byte[] head, BlockVersion version) {
    long sessionId = 0;
    long sessionTime = 0;
    if (version == BlockVersion.BB02) {
      sessionId = u32(head, 16);
      sessionTime = u32(head, 20);
    }
    return new BlockHeader(u32(head, 0), u32(head, 4), u32(head, 8), version, sessionId, sessionTime);
  }

  /** The magic as printable text for error messages. */
  static String magicText(byte[] head) {
    StringBuilder sb = new StringBuilder();
    for (int i = ID_OFFSET; i < ID_OFFSET + ID_LENGTH; i++) {
      int c = head[i] & 0xFF;
      sb.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\x%02x", c));
    }
    return sb.toString();
  }

  static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }

  static int getInt(byte[] b, int off) {
    return ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
  }

  static long u32(byte[] b, int off) {
    return Integer.toUnsignedLong(getInt(b, off));
  }
}
