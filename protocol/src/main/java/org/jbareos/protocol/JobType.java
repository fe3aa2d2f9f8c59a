package org.jbareos.protocol;

/**
 * A job's type as Bareos codes it ({@code include/job_types.h}, PROTOCOL.md §10).
 *
 * <p>Stored as the character in {@code Job.Type}; sent to the SD as its integer value ({@code type=66}).
 */
public enum JobType implements CharCode {
  BACKUP('B', "Backup"),
  MIGRATED_JOB('M', "Migrated Job"),
  VERIFY('V', "Verify"),
  RESTORE('R', "Restore"),
  CONSOLE('U', "Console"),
  SYSTEM('I', "System or Console"),
  ADMIN('D', "Admin"),
  ARCHIVE('A', "Archive"),
  JOB_COPY('C', "Job Copy"),
  COPY('c', "Copy"),
  MIGRATE('g', "Migrate"),
  SCAN('S', "Scan"),
  CONSOLIDATE('O', "Consolidate");

  private static final CharCodeTable<JobType> TABLE = new CharCodeTable<>(JobType.class, "job type");

  private final char code;
  private final String meaning;

  JobType(char code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The character stored in the catalog, e.g. {@code 'B'}. */
  @Override
  public char code() {
    return code;
  }

  /** Bareos's name for this type ({@code lib/util.cc:job_type_to_str}). */
  @Override
  public String meaning() {
    return meaning;
  }

  /** The entry for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  public static JobType fromCode(char code) {
    return TABLE.fromCode(code);
  }

  /** The type for the integer sent on the wire ({@code type=66}). */
  public static JobType fromWireValue(int value) {
    return TABLE.fromWireValue(value);
  }
}
