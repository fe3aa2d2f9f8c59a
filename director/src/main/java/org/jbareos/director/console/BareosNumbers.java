package org.jbareos.director.console;

import java.util.Locale;

/** Number texts of {@code lib/edit.cc}: {@code edit_uint64_with_commas} and {@code edit_uint64_with_suffix}. */
final class BareosNumbers {
  private static final String[] SUFFIXES = {"K", "M", "G", "T", "P", "E"};

  private BareosNumbers() {}

  /** {@code 307276} &rarr; {@code 307,276}. */
  static String withCommas(String digits) {
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

  static String withCommas(long value) {
    return withCommas(Long.toString(value));
  }

  /**
   * {@code 307276} &rarr; {@code 307.2 K}: decimal units and one decimal; below 1000 the number and a blank (the
   * empty unit), as {@code status director} shows {@code "70 "}.
   */
  static String withSuffix(long value) {
    double mant = value;
    int unit = -1;
    while (mant >= 1000.0 && unit < SUFFIXES.length - 1) {
      mant /= 1000.0;
      unit++;
    }
    if (unit < 0) {
      return value + " ";
    }
    double truncated = Math.floor(mant * 10) / 10;
    return String.format(Locale.ROOT, "%.1f %s", truncated, SUFFIXES[unit]);
  }
}
