package org.jbareos.protocol.status;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jbareos.protocol.JobLevel;

/**
 * The small text forms of the daemons' status reports ({@code lib/edit.cc}, {@code lib/btime.cc}, the daemons'
 * {@code JobLevelToString}).
 */
public final class StatusText {
  private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm", Locale.ENGLISH);
  private static final String[] SUFFIXES = {"K", "M", "G", "T", "P", "E"};

  private StatusText() {}

  /** {@code edit_uint64_with_commas}: {@code 307276} &rarr; {@code 307,276}. */
  public static String withCommas(long value) {
    return withCommas(Long.toString(value));
  }

  /**
   * {@code edit_uint64_with_commas} of the digits of an integer as text (a catalog column, which may be wider than a
   * {@code long}), with an optional leading minus.
   */
  public static String withCommas(String digits) {
    boolean negative = digits.startsWith("-");
    String body = negative ? digits.substring(1) : digits;
    StringBuilder out = new StringBuilder();
    int first = body.length() % 3 == 0 ? 3 : body.length() % 3;
    out.append(body, 0, first);
    for (int i = first; i < body.length(); i += 3) {
      out.append(',').append(body, i, i + 3);
    }
    return negative ? "-" + out : out.toString();
  }

  /**
   * {@code edit_uint64_with_suffix}: {@code 307276} &rarr; {@code 307.2 K} (decimal units, one decimal truncated);
   * below 1000 the number and a blank, the empty unit.
   */
  public static String withSuffix(long value) {
    double mantissa = value;
    int unit = -1;
    while (mantissa >= 1000.0 && unit < SUFFIXES.length - 1) {
      mantissa /= 1000.0;
      unit++;
    }
    if (unit < 0) {
      return value + " ";
    }
    return String.format(Locale.ROOT, "%.1f %s", Math.floor(mantissa * 10) / 10, SUFFIXES[unit]);
  }

  /** {@code bstrftime_nc}: {@code 22-Nov-26 02:09}. */
  public static String shortTime(LocalDateTime time) {
    return SHORT_TIME.format(time);
  }

  /**
   * The FD's and SD's {@code JobLevelToString} ({@code Full}, {@code Volume to Catalog}, a blank for none), which
   * differs from the Director's level names.
   */
  public static String levelName(JobLevel level) {
    return switch (level) {
      case BASE -> "Base";
      case FULL -> "Full";
      case INCREMENTAL -> "Incremental";
      case DIFFERENTIAL -> "Differential";
      case SINCE -> "Since";
      case VERIFY_CATALOG -> "Verify Catalog";
      case VERIFY_INIT -> "Init Catalog";
      case VOLUME_TO_CATALOG -> "Volume to Catalog";
      case DISK_TO_CATALOG -> "Disk to Catalog";
      case VERIFY_DATA -> "Data";
      case NONE -> " ";
      case VIRTUAL_FULL -> "Unknown Job Level";
    };
  }

  /** A unique job name without its three dotted parts ({@code backup-bareos-fd.2026-11-22_02.09.08_03} &rarr; the job). */
  public static String jobNameBase(String uniqueName) {
    String name = uniqueName;
    for (int i = 0; i < 3; i++) {
      int dot = name.lastIndexOf('.');
      if (dot >= 0) {
        name = name.substring(0, dot);
      }
    }
    return name;
  }
}
