package org.jbareos.config.value;

import java.util.List;
import java.util.Locale;

/**
 * One destination of a Messages resource: {@code director = bareos-dir = all, !skipped} or
 * {@code append = "/var/log/bareos/bareos.log" = all, !skipped} ({@code res.cc:StoreMsgs}).
 *
 * @param destination the directive: Director, Append, File, Mail, Console, Catalog, ...
 * @param where the address part (director name, file, mail address, command), or null for
 *     destinations that take none (Console, Stdout, Stderr, Catalog, Syslog without facility)
 * @param types the message types in order, a leading {@code !} excluding one (all, !skipped)
 */
public record MessageDestination(String destination, String where, List<String> types) {

  /** The message types Bareos knows ({@code lib/generic_res.h: msg_types}). */
  public static final List<String> MESSAGE_TYPES = List.of(
      "debug", "abort", "fatal", "error", "warning", "info", "saved", "notsaved", "skipped",
      "mount", "terminate", "restored", "security", "alert", "volmgmt", "audit", "all");

  public MessageDestination {
    types = List.copyOf(types);
  }

  /**
   * Whether a message of this type goes to this destination: the type list is read in order,
   * {@code all} switching every type on (except debug, as in Bareos) and {@code !type} off.
   */
  public boolean accepts(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    boolean on = false;
    for (String entry : types) {
      String e = entry.toLowerCase(Locale.ROOT);
      boolean negated = e.startsWith("!");
      String name = negated ? e.substring(1) : e;
      if (name.equals("all") && !t.equals("debug")) {
        on = !negated;
      } else if (name.equals(t)) {
        on = !negated;
      }
    }
    return on;
  }
}
