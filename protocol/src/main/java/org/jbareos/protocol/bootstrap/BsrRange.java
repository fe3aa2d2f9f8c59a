package org.jbareos.protocol.bootstrap;

import org.jbareos.net.ProtocolException;

/**
 * An inclusive range of a bootstrap line: {@code a-b}, or a single value {@code a} (= {@code a-a}). Used for
 * FileIndex, VolAddr and session ids ({@code lib/parse_bsr.cc}).
 */
public record BsrRange(long first, long last) {
  public BsrRange {
    if (last < first) {
      throw new IllegalArgumentException("bootstrap range " + first + "-" + last + " ends before it starts");
    }
  }

  /** A range of one value. */
  public static BsrRange of(long value) {
    return new BsrRange(value, value);
  }

  /** The number of values in the range. */
  public long count() {
    return last - first + 1;
  }

  /** True when the value lies in the range. */
  public boolean contains(long value) {
    return value >= first && value <= last;
  }

  /** {@code a} for a single value, else {@code a-b}. */
  public String text() {
    return first == last ? Long.toString(first) : first + "-" + last;
  }

  /** Reads {@code a} or {@code a-b}. */
  public static BsrRange parse(String keyword, String text) throws ProtocolException {
    int dash = text.indexOf('-', 1);
    try {
      if (dash < 0) {
        return of(Long.parseLong(text));
      }
      long first = Long.parseLong(text.substring(0, dash));
      long last = Long.parseLong(text.substring(dash + 1));
      if (last < first) {
        throw new ProtocolException("bootstrap " + keyword + "=" + text + ": the range ends before it starts");
      }
      return new BsrRange(first, last);
    } catch (NumberFormatException e) {
      throw new ProtocolException("bootstrap " + keyword + "=" + text + ": expected a number or a range a-b");
    }
  }
}
