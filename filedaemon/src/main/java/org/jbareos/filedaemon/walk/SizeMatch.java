package org.jbareos.filedaemon.walk;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Option {@code z<size>:} (Size): only regular files of a size are saved, others are passed over silently ({@code
 * findlib/match.cc ParseSizeMatch}, {@code findlib/find_one.cc CheckSizeMatching}). Forms: {@code <n} smaller,
 * {@code >n} greater, {@code a-b} from a to b inclusive, {@code n} about n (less than 1% away). Sizes take Bareos's
 * units ({@code lib/edit.cc size_to_uint64}): {@code k m g t p e} are powers of 1024, {@code kb mb gb tb pb eb} powers
 * of 1000, in any case.
 */
public record SizeMatch(Kind kind, long begin, long end) {

  /** The comparison. */
  public enum Kind {
    APPROX,
    SMALLER,
    GREATER,
    RANGE
  }

  private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([a-z]*)\\s*");
  private static final String UNITS = "kmgtpe";

  /** The size match of a {@code z} option's value (between {@code z} and {@code :}), or empty when it is malformed. */
  public static Optional<SizeMatch> parse(String spec) {
    int dash = spec.indexOf('-');
    if (dash >= 0) {
      Optional<Long> begin = size(spec.substring(0, dash));
      Optional<Long> end = size(spec.substring(dash + 1));
      return begin.isPresent() && end.isPresent()
          ? Optional.of(new SizeMatch(Kind.RANGE, begin.get(), end.get()))
          : Optional.empty();
    }
    if (spec.startsWith("<")) {
      return size(spec.substring(1)).map(n -> new SizeMatch(Kind.SMALLER, n, 0));
    }
    if (spec.startsWith(">")) {
      return size(spec.substring(1)).map(n -> new SizeMatch(Kind.GREATER, n, 0));
    }
    return size(spec).map(n -> new SizeMatch(Kind.APPROX, n, 0));
  }

  /** True when a regular file of this size is saved. */
  public boolean matches(long size) {
    return switch (kind) {
      case APPROX -> Math.abs(size - begin) < begin / 100;
      case SMALLER -> size < begin;
      case GREATER -> size > begin;
      case RANGE -> size >= begin && size <= end;
    };
  }

  private static Optional<Long> size(String text) {
    Matcher m = SIZE.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String unit = m.group(2);
    double multiplier;
    if (unit.isEmpty()) {
      multiplier = 1;
    } else if (unit.length() <= 2 && UNITS.indexOf(unit.charAt(0)) >= 0
        && (unit.length() == 1 || unit.charAt(1) == 'b')) {
      int power = UNITS.indexOf(unit.charAt(0)) + 1;
      multiplier = Math.pow(unit.length() == 1 ? 1024 : 1000, power);
    } else {
      return Optional.empty();
    }
    return Optional.of((long) (Double.parseDouble(m.group(1)) * multiplier));
  }
}
