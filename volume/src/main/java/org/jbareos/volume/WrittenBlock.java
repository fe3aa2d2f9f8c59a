package org.jbareos.volume;

/**
 * A block as it went to the volume: what the Storage Daemon needs for the catalog (JobMedia, {@code VolAddr=} ranges
 * of a bootstrap; PROTOCOL.md §8 "Catalog/bsr addressing").
 *
 * @param address byte offset of the block's first byte in the volume file
 * @param blockNumber the header's BlockNumber
 * @param length {@code block_len}
 * @param checksum the CRC-32 written (0 when checksums are off)
 * @param volSessionId of the last record header in the block
 * @param volSessionTime of the last record header in the block
 * @param firstFileIndex first FileIndex &gt; 0 with a header in this block, 0 if none ({@code block->FirstIndex})
 * @param lastFileIndex last FileIndex &gt; 0 with a header in this block, 0 if none ({@code block->LastIndex})
 */
public record WrittenBlock(long address, long blockNumber, int length, long checksum, long volSessionId,
    long volSessionTime, int firstFileIndex, int lastFileIndex) {

  /** The address of the block's last byte, as JobMedia's EndBlock and the end of a {@code VolAddr=} range. */
  public long endAddress() {
    return address + length - 1;
  }
}
