package org.jbareos.volume;

/**
 * The header in front of each record (or record fragment) inside a block (PROTOCOL.md §8,
 * {@code stored/record.cc:WriteHeaderToBlock}, {@code ReadRecordFromBlock}). Big-endian.
 *
 * <pre>
 * BB02, 12 bytes:                                BB01, 20 bytes:
 *  0           4           8           12         0            4              8           12          16          20
 *  +-----------+-----------+-----------+          +------------+--------------+-----------+-----------+-----------+
 *  | FileIndex | Stream    | data_len  |          |VolSessionId|VolSessionTime| FileIndex | Stream    | data_len  |
 *  |   i32     |   i32     |   u32     |          |    u32     |     u32      |   i32     |   i32     |   u32     |
 *  +-----------+-----------+-----------+          +------------+--------------+-----------+-----------+-----------+
 * </pre>
 *
 * <p>A negative {@code Stream} marks a continuation of a record begun in an earlier block; {@code data_len} is always
 * the number of data bytes still to come for that record (the first header carries the full length).
 *
 * @param volSessionId u32; from the block header for BB02
 * @param volSessionTime u32; from the block header for BB02
 * @param fileIndex FileIndex (negative for labels, see {@link LabelType})
 * @param stream Stream as stored, negative for a continuation
 * @param remaining {@code data_len}: bytes of the record still to come (u32)
 */
public record RecordHeader(long volSessionId, long volSessionTime, int fileIndex, int stream, long remaining) {

  /** {@code WRITE_RECHDR_LENGTH}: the BB02 record header length. */
  public static final int LENGTH = 12;

  /** True when this header continues a record begun in an earlier block (negative Stream). */
  public boolean isContinuation() {
    return stream < 0;
  }

  /** The record's stream with the continuation sign removed. */
  public int originalStream() {
    return stream < 0 ? -stream : stream;
  }

  /** Writes the BB02 form into {@code buf[off, off + 12)}. */
  void encodeTo(byte[] buf, int off) {
    BlockHeader.putInt(buf, off, fileIndex);
    BlockHeader.putInt(buf, off + 4, stream);
    BlockHeader.putInt(buf, off + 8, (int) remaining);
  }

  /** Reads a header of the given block version at {@code buf[off]}; BB02 headers take the block's session ids. */
  static RecordHeader decode(byte[] buf, int off, BlockVersion version, BlockHeader block) {
    if (version == BlockVersion.BB01) {
      return new RecordHeader(BlockHeader.u32(buf, off), BlockHeader.u32(buf, off + 4), BlockHeader.getInt(buf, off + 8),
          BlockHeader.getInt(buf, off + 12), BlockHeader.u32(buf, off + 16));
    }
    return new RecordHeader(block.volSessionId(), block.volSessionTime(), BlockHeader.getInt(buf, off),
        BlockHeader.getInt(buf, off + 4), BlockHeader.u32(buf, off + 8));
  }
}
