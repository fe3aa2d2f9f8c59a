package org.jbareos.director.console;

import java.io.IOException;

/**
 * {@code autodisplay on|off} ({@code AutodisplayCmd}): whether waiting messages are shown after each command
 * instead of {@code You have messages.}. python-bareos sends {@code autodisplay off} first.
 */
final class AutodisplayCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    if (line.size() >= 2 && line.key(1).equalsIgnoreCase("on")) {
      session.autoDisplayMessages(true);
      return true;
    }
    if (line.size() >= 2 && line.key(1).equalsIgnoreCase("off")) {
      session.autoDisplayMessages(false);
      return true;
    }
    session.output().error("ON or OFF keyword missing.\n");
    return true;
  }
}
