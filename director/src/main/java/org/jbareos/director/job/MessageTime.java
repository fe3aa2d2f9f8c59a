package org.jbareos.director.job;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The time prefix Bareos puts before a message on the console and in files ({@code lib/message.cc}: {@code
 * log_timestamp_format = "%d-%b %H:%M"} and a blank), e.g. {@code 22-Nov 02:09 } (backup-full.bconsole-out.txt).
 */
final class MessageTime {
  private static final DateTimeFormatter PREFIX = DateTimeFormatter.ofPattern("dd-MMM HH:mm ", Locale.ENGLISH);

  private MessageTime() {}

  static String prefix(LocalDateTime time) {
    return PREFIX.format(time);
  }
}
