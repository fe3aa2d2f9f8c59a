package org.jbareos.protocol;

/**
 * A job's level as Bareos codes it ({@code include/job_level.h}, PROTOCOL.md §10).
 *
 * <p>Stored as the character in {@code Job.Level}; sent to the SD as its integer value ({@code level=70}).
 * Restore and admin jobs have the level {@link #NONE}, a space (32).
 */
public enum JobLevel implements CharCode {
  FULL('F', "Full"),
  INCREMENTAL('I', "Incremental"),
  DIFFERENTIAL('D', "Differential"),
  SINCE('S', "Since"),
  VERIFY_CATALOG('C', "Verify Catalog"),
  VERIFY_INIT('V', "Verify Init Catalog"),
  VOLUME_TO_CATALOG('O', "Verify Volume to Catalog"),
  DISK_TO_CATALOG('d', "Verify Disk to Catalog"),
  VERIFY_DATA('A', "Verify Data"),
  BASE('B', "Base"),
  NONE(' ', "None"),
  VIRTUAL_FULL('f', "Virtual Full");

  private static final CharCodeTable<JobLevel> TABLE = new CharCodeTable<>(JobLevel.class, "job level");

  private final char code;
  private final String meaning;

  JobLevel(char code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The character stored in the catalog, e.g. {@code 'F'}. */
  @Override
  public char code() {
    return code;
  }

  /** Bareos's name for this level. */
  @Override
  public String meaning() {
    return meaning;
  }

  /** The entry for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  public static JobLevel fromCode(char code) {
    return TABLE.fromCode(code);
  }

  /** The level for the integer sent on the wire ({@code level=73}). */
  public static JobLevel fromWireValue(int value) {
    return TABLE.fromWireValue(value);
  }
}
