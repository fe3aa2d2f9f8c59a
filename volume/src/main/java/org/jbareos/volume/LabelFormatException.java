package org.jbareos.volume;

import java.io.IOException;

/**
 * A serialized label (volume or session label, PROTOCOL.md §8) is malformed: too short, a string without its NUL,
 * or a wrong {@code Id}/{@code VerNum}. {@link #position()} is the byte position inside the label's data where
 * decoding failed. {@link VolumeReader} turns it into a {@link VolumeFormatException} with the volume offset.
 */
public final class LabelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int position;

  public LabelFormatException(int position, String detail) {
    super(detail + " (at label byte " + position + ")");
    this.position = position;
  }

  /** Byte position inside the label data. */
  public int position() {
    return position;
  }
}
