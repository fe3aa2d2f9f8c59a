package org.jbareos.volume;

import java.util.Optional;

/**
 * The negative FileIndex values that mark label records (PROTOCOL.md §8, {@code stored/record.h}). Data records
 * have FileIndex &gt; 0.
 */
public enum LabelType {
  PRE_LABEL(-1),
  VOL_LABEL(-2),
  EOM_LABEL(-3),
  SOS_LABEL(-4),
  EOS_LABEL(-5),
  EOT_LABEL(-6),
  SOB_LABEL(-7),
  EOB_LABEL(-8);

  private final int fileIndex;

  LabelType(int fileIndex) {
    this.fileIndex = fileIndex;
  }

  /** The FileIndex written in the record header. */
  public int fileIndex() {
    return fileIndex;
  }

  /** The label type of a FileIndex, empty for data records and unknown negative values. */
  public static Optional<LabelType> fromFileIndex(int fileIndex) {
    if (fileIndex >= -8 && fileIndex <= -1) {
      return Optional.of(values()[-fileIndex - 1]);
    }
    return Optional.empty();
  }
}
