package org.jbareos.volume;

import java.util.function.Consumer;

/**
 * Settings of a {@link VolumeWriter}.
 *
 * @param maxBlockSize the Device's {@code Maximum Block Size}: blocks are flushed when full (SD default 1,048,576);
 *     at least {@link #MIN_BLOCK_SIZE}, at most {@link BlockHeader#MAX_BLOCK_LENGTH}
 * @param firstDataBlockNumber BlockNumber of the first block after the label block of a new volume. Bareos 26 writes
 *     the label with the labeling job's own block (BlockNumber 0) and the first job's data with a fresh block counter,
 *     so its first data block is numbered 0 again (as in the golden volumes); default 0
 * @param labelStream Stream of the volume label record: 0 when the volume was labeled ({@code label} command or
 *     auto-labeling, as in the golden volumes); Bareos uses the job's NumWriteVolumes when relabeling in a job
 * @param checksums whether block checksums are computed ({@code Block Checksum = yes}, the default); else 0
 * @param onBlockWritten called after each block is written (for JobMedia and VolAddr ranges); may be null
 */
public record WriterOptions(int maxBlockSize, long firstDataBlockNumber, int labelStream, boolean checksums,
    Consumer<WrittenBlock> onBlockWritten) {

  /** The Storage Daemon's default {@code Maximum Block Size} since Bareos 23. */
  public static final int DEFAULT_MAX_BLOCK_SIZE = 1_048_576;

  /**
   * Smallest usable block: header (24), one record header (12) and one data byte. A block that can hold only a
   * header would make Bareos start the next block with bare data after a continuation header.
   */
  public static final int MIN_BLOCK_SIZE = 24 + RecordHeader.LENGTH + 1;

  public WriterOptions {
    if (maxBlockSize < MIN_BLOCK_SIZE || maxBlockSize > BlockHeader.MAX_BLOCK_LENGTH) {
      throw new IllegalArgumentException("maxBlockSize " + maxBlockSize + " is outside [" + MIN_BLOCK_SIZE + ", "
          + BlockHeader.MAX_BLOCK_LENGTH + "]");
    }
    BlockHeader.requireU32(firstDataBlockNumber, "firstDataBlockNumber");
  }

  /** 1 MiB blocks, data blocks numbered from 0, label Stream 0, checksums on, no listener. */
  public static WriterOptions defaults() {
    return new WriterOptions(DEFAULT_MAX_BLOCK_SIZE, 0, 0, true, null);
  }

  public WriterOptions withMaxBlockSize(int size) {
    return new WriterOptions(size, firstDataBlockNumber, labelStream, checksums, onBlockWritten);
  }

  public WriterOptions withFirstDataBlockNumber(long number) {
    return new WriterOptions(maxBlockSize, number, labelStream, checksums, onBlockWritten);
  }

  public WriterOptions withLabelStream(int stream) {
    return new WriterOptions(maxBlockSize, firstDataBlockNumber, stream, checksums, onBlockWritten);
  }

  public WriterOptions withChecksums(boolean on) {
    return new WriterOptions(maxBlockSize, firstDataBlockNumber, labelStream, on, onBlockWritten);
  }

  public WriterOptions withOnBlockWritten(Consumer<WrittenBlock> listener) {
    return new WriterOptions(maxBlockSize, firstDataBlockNumber, labelStream, checksums, listener);
  }
}
