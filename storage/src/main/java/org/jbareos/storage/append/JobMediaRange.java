package org.jbareos.storage.append;

import org.jbareos.volume.WrittenBlock;

/**
 * The part of a volume one job wrote, as the JobMedia record describes it ({@code stored/block.cc} after a block
 * write: {@code VolFirstIndex}, {@code VolLastIndex}, {@code StartBlock}/{@code StartFile}, {@code
 * EndBlock}/{@code EndFile}): the first and last FileIndex with a header in the job's blocks, the address of the
 * first block holding a FileIndex &gt; 0 and the last byte of the last block written.
 */
final class JobMediaRange {
  private long firstIndex;
  private long lastIndex;
  private long startAddress;
  private long endAddress;

  /**
   * Adds a written block.
   *
   * @return true for the first block with file data: Bareos then sends the placeholder JobMedia record
   */
  boolean add(WrittenBlock block) {
    boolean first = false;
    if (firstIndex == 0 && block.firstFileIndex() > 0) {
      first = true;
      firstIndex = block.firstFileIndex();
      startAddress = block.address();
    }
    if (block.lastFileIndex() > 0) {
      lastIndex = block.lastFileIndex();
    }
    endAddress = block.endAddress();
    return first;
  }

  /** True when a block with file data was written. */
  boolean wroteData() {
    return firstIndex > 0;
  }

  long firstIndex() {
    return firstIndex;
  }

  long lastIndex() {
    return lastIndex;
  }

  long startAddress() {
    return startAddress;
  }

  long endAddress() {
    return endAddress;
  }
}
