package org.jbareos.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's COPY text format: one row per line, columns separated by tabs, {@code \N} for NULL, and backslash
 * escapes for backslash, tab, newline, carriage return and the other control characters. Used both ways: file
 * rows go into the batch table with {@code COPY batch FROM STDIN} as Bareos's batch insert does, and the restore
 * selection comes back with {@code COPY (...) TO STDOUT}.
 */
final class CopyText {
  private CopyText() {}

  /** Appends {@code s} escaped for a text-format column. */
  static void escape(StringBuilder b, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case 0x0b -> b.append("\\v");
        case 0 -> throw new IllegalArgumentException("NUL in a file name or attribute: " + s.replace('\0', '?'));
        default -> b.append(c);
      }
    }
  }

  /** The columns of one row (without its line end); {@code \N} becomes null. */
  static List<String> split(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return split(bytes, bytes.length);
  }

  /**
   * The columns of the first {@code length} bytes of a row as COPY sends it. The separators and escapes are ASCII
   * and never occur inside a UTF-8 sequence, so the row is cut at its tab bytes and only a column that holds a
   * backslash is unescaped; the others become strings directly.
   */
  static List<String> split(byte[] row, int length) {
    Row columns = new Row();
    columns.read(row, length);
    List<String> texts = new ArrayList<>(columns.columns());
    for (int i = 0; i < columns.columns(); i++) {
      texts.add(columns.text(i));
    }
    return texts;
  }

  /**
   * The columns of one row read in place, each as what it holds: a row's tabs are found once, numbers are parsed from
   * the bytes and a text column becomes a string only when asked for. For result sets of many rows (the restore
   * selection), where {@link #split} made a list and a string per column.
   */
  static final class Row {
    private byte[] bytes;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private boolean[] escaped = new boolean[16];
    private int columns;

    /** Takes the first {@code length} bytes of {@code row} (without its line end). */
    void read(byte[] row, int length) {
      bytes = row;
      columns = 0;
      int start = 0;
      boolean backslash = false;
      for (int i = 0; i <= length; i++) {
        if (i == length || row[i] == '\t') {
          if (columns == starts.length) {
            starts = java.util.Arrays.copyOf(starts, columns * 2);
            ends = java.util.Arrays.copyOf(ends, columns * 2);
            escaped = java.util.Arrays.copyOf(escaped, columns * 2);
          }
          starts[columns] = start;
          ends[columns] = i;
          escaped[columns++] = backslash;
          start = i + 1;
          backslash = false;
        } else if (row[i] == '\\') {
          backslash = true;
        }
      }
    }

    int columns() {
      return columns;
    }

    /** Column {@code column} as text; null for {@code \N}. */
    String text(int column) {
      check(column);
      return escaped[column] ? unescape(bytes, starts[column], ends[column])
          : new String(bytes, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
    }

    /** Column {@code column} as a decimal number ({@link Long#parseLong}'s form). */
    long number(int column) {
      check(column);
      int i = starts[column];
      int end = ends[column];
      boolean negative = i < end && bytes[i] == '-';
      if (negative) {
        i++;
      }
      if (i == end || end - i > 18) {
        // empty, \N, or long enough to overflow: the library's parse gives the exact answer or error
        return Long.parseLong(text(column));
      }
      long value = 0;
      for (; i < end; i++) {
        int digit = bytes[i] - '0';
        if (digit < 0 || digit > 9) {
          throw new NumberFormatException("not a number in column " + column + ": " + text(column));
        }
        value = value * 10 + digit;
      }
      return negative ? -value : value;
    }

    private void check(int column) {
      if (column >= columns) {
        throw new IllegalStateException("the row has " + columns + " columns, not " + (column + 1));
      }
    }
  }

  private static String unescape(byte[] row, int from, int to) {
    if (to - from == 2 && row[from + 1] == 'N') {
      return null;
    }
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      byte b = row[i];
      if (b != '\\' || i + 1 == to) {
        out[n++] = b;
        continue;
      }
      byte c = row[++i];
      out[n++] = switch (c) {
        case 't' -> (byte) '\t';
        case 'n' -> (byte) '\n';
        case 'r' -> (byte) '\r';
        case 'b' -> (byte) '\b';
        case 'f' -> (byte) '\f';
        case 'v' -> (byte) 0x0b;
        default -> c;
      };
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
