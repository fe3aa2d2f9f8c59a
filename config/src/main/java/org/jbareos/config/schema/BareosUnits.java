package org.jbareos.config.schema;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Sizes, speeds and durations with Bareos's units ({@code core/src/lib/edit.cc}).
 *
 * <p>A value is a sequence of numbers, each with an optional unit: {@code 1 hour 20 min},
 * {@code 10GB}, {@code 1.5 days}. A written unit matches a known one when it is a prefix of it,
 * case-insensitively, trying the units in Bareos's order, so {@code m} is months for a duration
 * and {@code min} is minutes. The values are summed; anything left over is an error.
 */
public final class BareosUnits {

  private BareosUnits() {}

  private record Unit(String name, double factor) {}

  /** {@code DurationToUtime}: "n" (minutes) comes first so that "m" maps to months. */
  private static final List<Unit> TIME = List.of(
      new Unit("n", 60), new Unit("seconds", 1), new Unit("months", 60 * 60 * 24 * 30),
      new Unit("minutes", 60), new Unit("mins", 60), new Unit("hours", 3600),
      new Unit("days", 3600 * 24), new Unit("weeks", 3600 * 24 * 7),
      new Unit("quarters", 3600 * 24 * 91), new Unit("years", 3600 * 24 * 365));

  /** {@code size_to_uint64}: k = KiB (1024), kb = kB (1000), and so on up to e/eb. */
  private static final List<Unit> SIZE = List.of(
      new Unit("*", 1), new Unit("k", 1024), new Unit("kb", 1000),
      new Unit("m", 1048576), new Unit("mb", 1000000),
      new Unit("g", 1073741824), new Unit("gb", 1000000000),
      new Unit("t", 1099511627776d), new Unit("tb", 1e12),
      new Unit("p", 1125899906842624d), new Unit("pb", 1e15),
      new Unit("e", 1152921504606846976d), new Unit("eb", 1e18));

  /** {@code speed_to_uint64}: bytes per second. */
  private static final List<Unit> SPEED = List.of(
      new Unit("*", 1), new Unit("k/s", 1024), new Unit("kb/s", 1000),
      new Unit("m/s", 1048576), new Unit("mb/s", 1000000));

  /** Seconds, or empty if the text is not a duration. */
  public static OptionalLong seconds(String text) {
    return parse(text, TIME);
  }

  /** Bytes, or empty if the text is not a size. */
  public static OptionalLong bytes(String text) {
    return parse(text, SIZE);
  }

  /** Bytes per second, or empty if the text is not a speed. */
  public static OptionalLong bytesPerSecond(String text) {
    return parse(text, SPEED);
  }

  private static OptionalLong parse(String text, List<Unit> units) {
    String s = text.strip();
    if (s.isEmpty()) {
      return OptionalLong.empty();
    }
    long total = 0;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      double number;
      try {
        number = Double.parseDouble(s.substring(start, i));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
      if (number < 0) {
        return OptionalLong.empty();
      }
      while (i < s.length() && isBlank(s.charAt(i))) {
        i++;
      }
      int unitStart = i;
      while (i < s.length() && !Character.isDigit(s.charAt(i)) && !isBlank(s.charAt(i))) {
        i++;
      }
      String unit = s.substring(unitStart, i).toLowerCase(Locale.ROOT);
      double factor = 1;
      if (!unit.isEmpty()) {
        Unit match = units.stream().filter(u -> u.name().startsWith(unit)).findFirst().orElse(null);
        if (match == null) {
          return OptionalLong.empty();
        }
        factor = match.factor();
      }
      double value = number * factor;
      if (value >= Long.MAX_VALUE || total + (long) value < total) {
        return OptionalLong.empty();
      }
      total += (long) value;
      while (i < s.length() && (isBlank(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
    }
    return OptionalLong.of(total);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
