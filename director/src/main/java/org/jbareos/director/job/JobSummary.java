package org.jbareos.director.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The report Bareos writes to the job log at the end of a job ({@code dird/backup.cc GenerateBackupSummary}, {@code
 * dird/restore.cc GenerateRestoreSummary}): a first line {@code Bareos <director> <release>:} and then one {@code
 * "  %-24s%s"} line per field, ending with {@code Termination:} and a blank line ({@code "  Termination: %s\n\n"}),
 * as in backup-full.bconsole-out.txt:
 *
 * <pre>
 *   JobId:                  1
 *   Job:                    backup-bareos-fd.2026-11-22_02.09.08_03
 *   FD Bytes Read:          307,276 (307.2 KB)
 *   Termination:            Backup OK
 * </pre>
 */
final class JobSummary {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.US);

  private final StringBuilder text = new StringBuilder();

  JobSummary(String directorName, String release) {
    text.append("Bareos ").append(directorName).append(' ').append(release).append(":\n");
  }

  JobSummary line(String label, Object value) {
    text.append(String.format(Locale.ROOT, "  %-24s%s", label + ":", value)).append('\n');
    return this;
  }

  /** The summary as one message, with the blank line that ends Bareos's. */
  String text() {
    return text + "\n";
  }

  /** {@code bstrftimes}: {@code 22-Nov-2026 02:09:10}. */
  static String time(LocalDateTime time) {
    return time == null ? "" : TIME.format(time);
  }

  /** {@code edit_utime}: {@code 1 sec}, {@code 2 secs}, {@code 1 min 3 secs}. */
  static String elapsed(Duration duration) {
    long seconds = Math.max(0, duration.toSeconds());
    long[] values = {seconds / 86400, seconds % 86400 / 3600, seconds % 3600 / 60, seconds % 60};
    String[] units = {"day", "hour", "min", "sec"};
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (values[i] > 0) {
        out.append(values[i]).append(' ').append(units[i]).append(values[i] == 1 ? "" : "s").append(' ');
      }
    }
    return out.isEmpty() ? "0 secs" : out.toString().strip();
  }

  /** {@code edit_uint64_with_commas} and {@code edit_uint64_with_suffix}: {@code 307,276 (307.2 KB)}. */
  static String bytes(long value) {
    return VolumeLimits.commas(value) + " (" + suffixed(value) + ")";
  }

  private static String suffixed(long value) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    double scaled = value;
    int unit = 0;
    while (scaled >= 1000 && unit < units.length - 1) {
      scaled /= 1000;
      unit++;
    }
    if (unit == 0) {
      return value + " B";
    }
    double truncated = Math.floor(scaled * 10) / 10;
    return String.format(Locale.ROOT, "%.1f %s", truncated, units[unit]);
  }

  /** The transfer rate in KB/s over the elapsed seconds ({@code JobBytes / (1000 * RunTime)}). */
  static String rate(long bytes, Duration elapsed) {
    long seconds = elapsed.toSeconds();
    double kbps = seconds <= 0 ? 0 : bytes / (1000.0 * seconds);
    return String.format(Locale.ROOT, "%.1f KB/s", kbps);
  }
}
