package org.jbareos.volume;

import java.io.IOException;

/**
 * The volume's file system has no room for the next block ({@code ENOSPC}): Bareos's end of volume on a disk
 * ({@code stored/block.cc:WriteBlockToDev}, "End of Volume ... Write of %u bytes got %d."). The part of the block
 * that did get written was cut off again, so the volume ends on its last whole block. The block and the record being
 * written are kept: {@link VolumeWriter#takeUnwritten()} hands them to the next volume.
 */
public final class VolumeFullException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long address;
  private final int blockLength;
  private final int bytesWritten;

  VolumeFullException(long address, int blockLength, int bytesWritten, IOException cause) {
    super(cause.getMessage(), cause);
    this.address = address;
    this.blockLength = blockLength;
    this.bytesWritten = bytesWritten;
  }

  /** Where the block that did not fit was to start. */
  public long address() {
    return address;
  }

  /** The length of the block that did not fit. */
  public int blockLength() {
    return blockLength;
  }

  /** How many bytes of the block the disk took before it was full (they were cut off again). */
  public int bytesWritten() {
    return bytesWritten;
  }

  /** True when {@code e} says the device is out of space (the JDK reports ENOSPC only by its text). */
  static boolean isOutOfSpace(IOException e) {
    return e.getMessage() != null && e.getMessage().contains("No space left on device");
  }
}
