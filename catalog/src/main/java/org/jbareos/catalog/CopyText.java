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
    List<String> columns = new ArrayList<>(10);
    int start = 0;
    boolean escaped = false;
    for (int i = 0; i <= length; i++) {
      if (i == length || row[i] == '\t') {
        columns.add(escaped ? unescape(row, start, i) : new String(row, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
        escaped = false;
      } else if (row[i] == '\\') {
        escaped = true;
      }
    }
    return columns;
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
