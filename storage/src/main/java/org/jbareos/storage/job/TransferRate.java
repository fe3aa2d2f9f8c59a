package org.jbareos.storage.job;

import java.util.Locale;

/**
 * The end-of-append job message {@code Elapsed time=hh:mm:ss, Transfer rate=<rate> Bytes/second} ({@code
 * stored/append.cc}), with the rate edited as {@code lib/edit.cc:edit_uint64_with_suffix} does: thousands
 * separators, the first one turned into a decimal point, cut after five characters, and a suffix per group
 * ({@code 308506} &rarr; {@code 308.5 K}, {@code 512} &rarr; {@code 512 }).
 */
final class TransferRate {
  private static final String[] SUFFIX = {"", "K", "M", "G", "T", "P", "E", "Z", "Y", "FIX ME"};

  private TransferRate() {}

  static String elapsedMessage(long elapsedSeconds, long jobBytes) {
    long elapsed = Math.max(1, elapsedSeconds);
    return String.format(Locale.ROOT, "Elapsed time=%02d:%02d:%02d, Transfer rate=%s Bytes/second\n",
        elapsed / 3600, elapsed % 3600 / 60, elapsed % 60, withSuffix(jobBytes / elapsed));
  }

  static String withSuffix(long value) {
    String grouped = String.format(Locale.ROOT, "%,d", value);
    int groups = (int) grouped.chars().filter(c -> c == ',').count();
    String edited = grouped;
    if (groups > 0) {
      int first = grouped.indexOf(',');
      int second = grouped.indexOf(',', first + 1);
      edited = grouped.substring(0, first) + "." + grouped.substring(first + 1, second < 0 ? grouped.length() : second);
      edited = edited.substring(0, Math.min(5, edited.length()));
    }
    return edited + " " + SUFFIX[Math.min(groups, SUFFIX.length - 1)];
  }
}
