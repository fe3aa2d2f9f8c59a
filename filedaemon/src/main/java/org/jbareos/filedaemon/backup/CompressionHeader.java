package org.jbareos.filedaemon.backup;

import java.nio.ByteBuffer;

/**
 * The 12-byte header in front of each compressed chunk of a {@code STREAM_COMPRESSED_DATA} (29) or {@code
 * STREAM_SPARSE_COMPRESSED_DATA} (30) record ({@code include/ch.h comp_stream_header}, written by {@code
 * filed/backup.cc SendDataToSd} and read by {@code lib/compression.cc DecompressData}), big-endian in this order:
 *
 * <pre>
 * +--------+--------+------+---------+-------------------------+
 * | magic  | length | level| version | compressed bytes ...    |
 * | u32    | u32    | u16  | u16 = 1 | (length bytes)          |
 * +--------+--------+------+---------+-------------------------+
 * </pre>
 *
 * {@code length} is the number of compressed bytes after the header. In a sparse record the 8-byte file offset comes
 * before this header.
 */
public record CompressionHeader(int magic, int length, int level, int version) {

  /** The header size. */
  public static final int SIZE = 12;
  /** {@code COMP_HEAD_VERSION}. */
  public static final int VERSION = 1;

  /** Writes the header at the buffer's position. */
  public void write(ByteBuffer out) {
    out.putInt(magic).putInt(length).putShort((short) level).putShort((short) version);
  }

  /** Reads a header at the buffer's position. */
  public static CompressionHeader read(ByteBuffer in) {
    return new CompressionHeader(in.getInt(), in.getInt(), in.getShort() & 0xFFFF, in.getShort() & 0xFFFF);
  }
}
