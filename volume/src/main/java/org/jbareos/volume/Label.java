package org.jbareos.volume;

/**
 * A label record's data (PROTOCOL.md §8, {@code stored/label.cc}): the volume label at the start of a volume or a
 * session label around each job's data. Each label serializes and parses itself.
 */
public sealed interface Label permits VolumeLabel, SessionLabel {

  /** {@code BareosId}: the {@code Id} string of every label written since Bareos 2.0. */
  String BAREOS_ID = "Bareos 2.0 immortal\n";

  /** {@code BareosTapeVersion}: readers require exactly this {@code VerNum}. */
  long BAREOS_TAPE_VERSION = 20;

  /** The label type, whose FileIndex marks the record. */
  LabelType type();

  /** The serialized data of the label record. */
  byte[] encode();

  /**
   * Parses a label record's data by its FileIndex: PRE_LABEL/VOL_LABEL give a {@link VolumeLabel}, SOS_LABEL/EOS_LABEL
   * a {@link SessionLabel}.
   *
   * @throws LabelFormatException for other label types and malformed data
   */
  static Label decode(int fileIndex, byte[] data) throws LabelFormatException {
    LabelType type = LabelType.fromFileIndex(fileIndex)
        .orElseThrow(() -> new LabelFormatException(0, "FileIndex " + fileIndex + " is not a label"));
    return switch (type) {
      case PRE_LABEL, VOL_LABEL -> VolumeLabel.decode(type, data);
      case SOS_LABEL, EOS_LABEL -> SessionLabel.decode(type, data);
      default -> throw new LabelFormatException(0, "label type " + type + " has no data layout that Bareos writes");
    };
  }
}
