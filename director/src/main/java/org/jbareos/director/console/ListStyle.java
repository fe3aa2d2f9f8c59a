package org.jbareos.director.console;

/** How {@code ListResult} lays rows out ({@code e_list_type} of {@code cats/cats.h}). */
enum ListStyle {
  /** {@code list}: a table with {@code +---+} rules. */
  HORIZONTAL,
  /** {@code llist}: {@code name: value} lines per row. */
  VERTICAL,
  /** File names: {@code  value} per row, one per line. */
  UNFORMATTED,
  /** Job log lines: {@code  value} per column, no newline added (the log text has its own). */
  RAW
}
