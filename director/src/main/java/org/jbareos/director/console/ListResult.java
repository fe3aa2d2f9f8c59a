package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import org.jbareos.protocol.status.StatusText;

/**
 * Writes a catalog result as {@code BareosDb::ListResult} does ({@code cats/sql.cc}): in JSON one object per row
 * with the column names as keys and every value a string (PROTOCOL.md §4.3); in text a table ({@code list}), name
 * and value lines ({@code llist}) or bare values. Numeric columns other than {@code jobid} get thousands commas and
 * are right-aligned; widths come from the longest value (commas counted) or the name, at least 4 (the width of
 * {@code NULL}). SQL NULL shows as {@code NULL} in text and as an empty string in JSON.
 */
final class ListResult {

  private ListResult() {}

  /** Lists {@code result}; with no rows only {@code No results to list.} (decoration) is written. */
  static void write(ConsoleOutput out, SqlResult result, ListStyle style) throws IOException {
    if (result.rows().isEmpty()) {
      out.decoration("No results to list.\n");
      return;
    }
    switch (style) {
      case HORIZONTAL -> horizontal(out, result);
      case VERTICAL -> vertical(out, result);
      case UNFORMATTED, RAW -> unformatted(out, result, style == ListStyle.RAW);
    }
  }

  private static void unformatted(ConsoleOutput out, SqlResult result, boolean raw) throws IOException {
    List<SqlResult.Column> columns = result.columns();
    for (String[] row : result.rows()) {
      out.objectStart(null);
      for (int i = 0; i < columns.size(); i++) {
        String value = row[i] == null ? "NULL" : row[i];
        out.keyValue(columns.get(i).name(), jsonValue(row[i]), " " + value);
      }
      if (!raw) {
        out.decoration("\n");
      }
      out.objectEnd();
    }
  }

  private static void horizontal(ConsoleOutput out, SqlResult result) throws IOException {
    List<SqlResult.Column> columns = result.columns();
    int[] widths = new int[columns.size()];
    for (int i = 0; i < widths.length; i++) {
      SqlResult.Column column = columns.get(i);
      int max = 0;
      for (String[] row : result.rows()) {
        max = Math.max(max, row[i] == null ? 0 : row[i].length());
      }
      if (column.numeric() && max > 0 && !column.name().equals("jobid")) {
        max += (max - 1) / 3;
      }
      widths[i] = Math.max(Math.max(column.name().length(), max), 4);
    }
    dashes(out, widths);
    out.decoration("|");
    for (int i = 0; i < widths.length; i++) {
      out.decoration(" " + pad(columns.get(i).name(), widths[i], false) + " |");
    }
    out.decoration("\n");
    dashes(out, widths);
    for (String[] row : result.rows()) {
      out.objectStart(null);
      out.decoration("|");
      for (int i = 0; i < widths.length; i++) {
        SqlResult.Column column = columns.get(i);
        String cell;
        if (row[i] == null) {
          cell = " " + pad("NULL", widths[i], false) + " |";
        } else if (column.numeric()) {
          String shown = isInteger(row[i]) && !column.name().equals("jobid") ? StatusText.withCommas(row[i])
              : row[i];
          cell = " " + pad(shown, widths[i], true) + " |";
        } else {
          cell = " " + pad(row[i], widths[i], false) + " |";
        }
        if (i == widths.length - 1) {
          cell += "\n";
        }
        out.keyValue(column.name(), jsonValue(row[i]), cell);
      }
      out.objectEnd();
    }
    dashes(out, widths);
  }

  private static void vertical(ConsoleOutput out, SqlResult result) throws IOException {
    List<SqlResult.Column> columns = result.columns();
    int width = columns.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (String[] row : result.rows()) {
      out.objectStart(null);
      for (int i = 0; i < columns.size(); i++) {
        SqlResult.Column column = columns.get(i);
        String key = " " + pad(column.name(), width, true) + ": ";
        String value;
        if (row[i] == null) {
          value = "NULL";
        } else if (column.numeric() && isInteger(row[i]) && !column.name().equals("jobid")) {
          value = StatusText.withCommas(row[i]);
        } else {
          value = row[i];
        }
        out.keyValue(column.name(), jsonValue(row[i]), key + value + "\n");
      }
      out.decoration("\n");
      out.objectEnd();
    }
  }

  /** SQL NULL is an empty string in JSON (console-api2.txt, {@code llist jobs}: {@code "poolname": ""}). */
  private static String jsonValue(String value) {
    return value == null ? "" : value;
  }

  /** {@code ListDashes}: {@code +} and a run of {@code -} two longer than each column. */
  private static void dashes(ConsoleOutput out, int[] widths) {
    StringBuilder line = new StringBuilder("+");
    for (int width : widths) {
      line.append("-".repeat(width + 2)).append('+');
    }
    out.decoration(line.append('\n').toString());
  }

  private static String pad(String text, int width, boolean right) {
    if (text.length() >= width) {
      return text;
    }
    String fill = " ".repeat(width - text.length());
    return right ? fill + text : text + fill;
  }

  /** {@code IsAnInteger}: digits only. */
  private static boolean isInteger(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
