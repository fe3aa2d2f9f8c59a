package org.jbareos.volume;

import java.io.IOException;

/**
 * A volume's bytes do not follow the Bareos volume format (PROTOCOL.md §8): bad block magic, insane block length,
 * checksum mismatch, truncated block, malformed label, inconsistent record continuation.
 *
 * <p>The message always names the volume and the byte offset in the volume file where the problem was found, in the
 * form {@code Volume "Full-0001" at offset 209: ...}.
 */
public final class VolumeFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String volumeName;
  private final long offset;

  public VolumeFormatException(String volumeName, long offset, String detail) {
    super(format(volumeName, offset, detail));
    this.volumeName = volumeName;
    this.offset = offset;
  }

  public VolumeFormatException(String volumeName, long offset, String detail, Throwable cause) {
    super(format(volumeName, offset, detail), cause);
    this.volumeName = volumeName;
    this.offset = offset;
  }

  private static String format(String volumeName, long offset, String detail) {
    return "Volume \"" + volumeName + "\" at offset " + offset + ": " + detail;
  }

  /** The volume (file name) the bytes came from. */
  public String volumeName() {
    return volumeName;
  }

  /** The byte offset in the volume file where the problem was found. */
  public long offset() {
    return offset;
  }
}
