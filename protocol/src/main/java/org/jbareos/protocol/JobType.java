package org.jbareos.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A job's type as Bareos codes it ({@code include/job_types.h}, PROTOCOL.md §10).
 *
 * <p>Stored as the character in {@code Job.Type}; sent to the SD as its integer value ({@code type=66}).
 */
public enum JobType {
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

  private static final Map<Character, JobType> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(JobType::code, Function.identity()));

  private final char code;
  private final String meaning;

  JobType(char code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The character stored in the catalog, e.g. {@code 'B'}. */
  public char code() {
    return code;
  }

  /** The integer sent in the SD's {@code JobId=} command ({@code type=66} for Backup). */
  public int wireValue() {
    return code;
  }

  /** Bareos's name for this type ({@code lib/util.cc:job_type_to_str}). */
  public String meaning() {
    return meaning;
  }

  /** The type for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  public static JobType fromCode(char code) {
    JobType type = BY_CODE.get(code);
    if (type == null) {
      throw new IllegalArgumentException("unknown job type code '" + code + "' (" + (int) code + ")");
    }
    return type;
  }

  /** The type for the integer sent on the wire ({@code type=66}). */
  public static JobType fromWireValue(int value) {
    if (value < 0 || value > Character.MAX_VALUE) {
      throw new IllegalArgumentException("unknown job type value " + value);
    }
    return fromCode((char) value);
  }
}
