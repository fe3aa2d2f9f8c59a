package org.jbareos.director.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Director time texts: {@code bstrftime_nc} ({@code 22-Nov-26 02:10}), as {@code status director} prints them. */
final class BareosTime {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm", Locale.ENGLISH);

  private BareosTime() {}

  static String shortForm(LocalDateTime time) {
    return SHORT.format(time);
  }
}
