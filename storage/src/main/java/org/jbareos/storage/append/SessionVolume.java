package org.jbareos.storage.append;

import java.io.IOException;
import java.util.List;
import org.jbareos.storage.device.MountedVolume;
import org.jbareos.storage.device.VolumeCatalogClient;
import org.jbareos.storage.device.VolumeCatalogInfo;
import org.jbareos.volume.VolumeWriter;
import org.jbareos.volume.WrittenBlock;

/**
 * One volume of an append session and the session's part of it, as the JobMedia record describes it ({@code
 * stored/block.cc} after each block write: {@code VolFirstIndex}, {@code VolLastIndex}, {@code StartBlock}/{@code
 * StartFile}, {@code EndBlock}/{@code EndFile}): the first and last FileIndex with a header in the session's blocks,
 * the address of the first block with file data and the last byte of the last block written.
 *
 * <p>Every write is timed into VolWriteTime; the first block with file data sends the placeholder JobMedia record
 * ({@code DirCreateJobmediaRecord(zero=true)}).
 */
final class SessionVolume {
  /** BB02 block and record header sizes (PROTOCOL.md §8). */
  private static final int BLOCK_HEADER = 24;
  private static final int RECORD_HEADER = 12;

  private final MountedVolume mounted;
  private final VolumeCatalogClient catalog;
  private final long sizeAtMount;
  private long firstIndex;
  private long lastIndex;
  private long startAddress;
  private long endAddress;

  SessionVolume(MountedVolume mounted, VolumeCatalogClient catalog) {
    this.mounted = mounted;
    this.catalog = catalog;
    this.sizeAtMount = mounted.writer().size();
  }

  MountedVolume mounted() {
    return mounted;
  }

  VolumeWriter writer() {
    return mounted.writer();
  }

  VolumeCatalogInfo catalogInfo() {
    return mounted.catalogInfo();
  }

  /** A write to the volume ({@link VolumeWriter#write}, a label, a flush). */
  @FunctionalInterface
  interface VolumeWrite {
    void run(VolumeWriter writer) throws IOException;
  }

  /**
   * Runs a write, times it, and accounts the blocks it wrote, also when it fails.
   *
   * @return true when at least one block went to the volume
   */
  boolean write(VolumeWrite action) throws IOException {
    long started = System.nanoTime();
    boolean wrote;
    try {
      action.run(mounted.writer());
    } finally {
      // blocks written before a failure (the disk filled up in the middle of a long record) count all the same
      mounted.catalogInfo().addWriteTime((System.nanoTime() - started) / 1000);
      wrote = accountWrittenBlocks();
    }
    return wrote;
  }

  private boolean accountWrittenBlocks() throws IOException {
    List<WrittenBlock> blocks = mounted.takeWrittenBlocks();
    for (WrittenBlock block : blocks) {
      if (firstIndex == 0 && block.firstFileIndex() > 0) {
        firstIndex = block.firstFileIndex();
        startAddress = block.address();
        catalog.createPlaceholderJobMedia(mounted.catalogInfo().mediaId());
      }
      if (block.lastFileIndex() > 0) {
        lastIndex = block.lastFileIndex();
      }
      endAddress = block.endAddress();
    }
    return !blocks.isEmpty();
  }

  /**
   * True when a record of {@code dataLength} bytes (with its header and the block headers it may span) would take
   * the volume past {@code Maximum Volume Bytes}, and the session already wrote to this volume (a record larger
   * than a whole volume goes where it is).
   */
  boolean isFullBefore(int dataLength) {
    long max = mounted.catalogInfo().maxVolBytes();
    long size = mounted.writer().size();
    long blockOverhead = (long) (BLOCK_HEADER + RECORD_HEADER) * (dataLength / mounted.device().maximumBlockSize() + 1);
    return max > 0 && size > sizeAtMount && size + RECORD_HEADER + dataLength + blockOverhead > max;
  }

  /** The session's JobMedia record, if it wrote file data to this volume. */
  void sendJobMedia() throws IOException {
    if (firstIndex > 0) {
      catalog.createJobMedia(firstIndex, lastIndex, startAddress, endAddress, mounted.catalogInfo().mediaId());
    }
  }

  /** {@code dcr->StartBlock/StartFile} as the EOS label records it: 0 until a block with file data was written. */
  long startAddress() {
    return firstIndex > 0 ? startAddress : 0;
  }

  /** The last byte of the last block on the volume ({@code dcr->EndBlock/EndFile}). */
  long lastBlockEnd() {
    return mounted.writer().lastWrittenBlock().map(WrittenBlock::endAddress).orElse(0L);
  }
}
