package org.jbareos.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A job's level as Bareos codes it ({@code include/job_level.h}, PROTOCOL.md §10).
 *
 * <p>Stored as the character in {@code Job.Level}; sent to the SD as its integer value ({@code level=70}).
 * Restore and admin jobs have the level {@link #NONE}, a space (32).
 */
public enum JobLevel {
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

  private static final Map<Character, JobLevel> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(JobLevel::code, Function.identity()));

  private final char code;
  private final String meaning;

  JobLevel(char code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** The character stored in the catalog, e.g. {@code 'F'}. */
  public char code() {
    return code;
  }

  /** The integer sent in the SD's {@code JobId=} command ({@code level=70} for Full, 32 for none). */
  public int wireValue() {
    return code;
  }

  /** Bareos's name for this level. */
  public String meaning() {
    return meaning;
  }

  /** The level for a catalog character; throws {@link IllegalArgumentException} for an unknown one. */
  public static JobLevel fromCode(char code) {
    JobLevel level = BY_CODE.get(code);
    if (level == null) {
      throw new IllegalArgumentException("unknown job level code '" + code + "' (" + (int) code + ")");
    }
    return level;
  }

  /** The level for the integer sent on the wire ({@code level=73}). */
  public static JobLevel fromWireValue(int value) {
    if (value < 0 || value > Character.MAX_VALUE) {
      throw new IllegalArgumentException("unknown job level value " + value);
    }
    return fromCode((char) value);
  }
}
