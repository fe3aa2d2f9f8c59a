package org.jbareos.catalog;

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
    List<String> columns = new ArrayList<>(10);
    StringBuilder column = new StringBuilder();
    boolean escaped = false;
    boolean plain = true;
    for (int i = 0, n = line.length(); i < n; i++) {
      char c = line.charAt(i);
      if (escaped) {
        escaped = false;
        switch (c) {
          case 't' -> column.append('\t');
          case 'n' -> column.append('\n');
          case 'r' -> column.append('\r');
          case 'b' -> column.append('\b');
          case 'f' -> column.append('\f');
          case 'v' -> column.append((char) 0x0b);
          case 'N' -> plain = false;
          default -> column.append(c);
        }
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '\t') {
        columns.add(plain ? column.toString() : null);
        column.setLength(0);
        plain = true;
      } else {
        column.append(c);
      }
    }
    columns.add(plain ? column.toString() : null);
    return columns;
  }
}
