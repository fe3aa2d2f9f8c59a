package org.jbareos.director.console;

import java.io.IOException;
import java.util.Locale;

/**
 * {@code .api [0|off|1|on|2|json] [compact=yes|no]} ({@code DotApiCmd}, PROTOCOL.md §4.1): switches the output mode
 * for the following commands and answers {@code api: N} ({@code {"api":N}} in JSON). Without an argument it selects
 * mode 1; a {@code compact=} keeps the previous JSON layout unless given.
 */
final class ApiCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ApiMode mode;
    boolean compact = session.output().compact();
    if (line.size() == 1) {
      mode = ApiMode.ON;
    } else if (line.size() <= 3) {
      mode = switch (line.key(1).toLowerCase(Locale.ROOT)) {
        case "off", "0" -> ApiMode.OFF;
        case "on", "1" -> ApiMode.ON;
        case "json", "2" -> ApiMode.JSON;
        default -> null;
      };
      if (mode == null) {
        return false;
      }
      if (mode == ApiMode.JSON && line.size() == 3 && line.key(2).equalsIgnoreCase("compact")
          && line.value(2).isPresent()) {
        compact = parseBool(line.value(2).get());
      }
    } else {
      return false;
    }
    session.output().mode(mode, compact);
    session.output().keyValue("api", mode.number(), "api: " + mode.number() + "\n");
    return true;
  }

  /** {@code parse_user_bool}: yes/true/on/1 are true; anything else (false or an error) turns compact off. */
  private static boolean parseBool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "on", "1" -> true;
      default -> false;
    };
  }
}
