package org.jbareos.volume;

import java.util.ArrayList;
import java.util.List;

/**
 * A block read from a volume: its address (byte offset in the volume file), its header and its bytes (the whole
 * block, header included; PROTOCOL.md §8, {@code stored/block.h}).
 *
 * @param volumeName for error messages
 * @param address byte offset of the block in the volume file
 * @param header the decoded header
 * @param bytes {@code block_len} bytes; not copied, do not change
 */
public record Block(String volumeName, long address, BlockHeader header, byte[] bytes) {

  /** The header's BlockNumber. */
  public long blockNumber() {
    return header.blockNumber();
  }

  /** {@code block_len}. */
  public int length() {
    return bytes.length;
  }

  /**
   * The record headers in this block with the data bytes each one covers, in order
   * ({@code stored/record.cc:ReadRecordFromBlock}). A header's data may continue in a later block when
   * {@link RecordFragment#isPartial()}. Fewer than a record header's length of bytes at the end of the block are not a
   * header and are ignored, as Bareos does.
   *
   * @throws VolumeFormatException when a header announces {@code data_len} of MAX_BLOCK_LENGTH or more
   */
  public List<RecordFragment> fragments() throws VolumeFormatException {
    return fragments(volumeName, address, header, bytes, 0, bytes.length);
  }

  /**
   * {@link #fragments()} of a block held in {@code buf[offset, offset + length)}; each fragment's {@link
   * RecordFragment#dataStart()} is an index into {@code buf}.
   */
  static List<RecordFragment> fragments(String volumeName, long address, BlockHeader header, byte[] buf, int offset,
      int length) throws VolumeFormatException {
    BlockVersion version = header.version();
    int rhl = version.recordHeaderLength();
    List<RecordFragment> out = new ArrayList<>();
    int end = offset + length;
    int pos = offset + version.headerLength();
    while (end - pos >= rhl) {
      RecordHeader rh = RecordHeader.decode(buf, pos, version, header);
      if (rh.remaining() >= BlockHeader.MAX_BLOCK_LENGTH) {
        throw new VolumeFormatException(volumeName, address + pos - offset, "record header in block BlockNumber="
            + header.blockNumber() + " has data_len " + rh.remaining() + ", not below MAX_BLOCK_LENGTH "
            + BlockHeader.MAX_BLOCK_LENGTH);
      }
      int dataStart = pos + rhl;
      int n = (int) Math.min(rh.remaining(), end - dataStart);
      out.add(new RecordFragment(rh, address + pos - offset, dataStart, n));
      pos = dataStart + n;
    }
    return out;
  }

  /**
   * One record header in a block and the data bytes after it that belong to it.
   *
   * @param header the header as stored (continuations have a negative Stream)
   * @param offset byte offset of the header in the volume file
   * @param dataStart index of the first data byte in {@link Block#bytes()}
   * @param dataLength data bytes in this block
   */
  public record RecordFragment(RecordHeader header, long offset, int dataStart, int dataLength) {
    /** True when the record's data continues in a later block. */
    public boolean isPartial() {
      return dataLength < header.remaining();
    }
  }
}
