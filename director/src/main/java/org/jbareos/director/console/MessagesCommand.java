package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;

/**
 * {@code messages} and {@code .messages} ({@code MessagesCmd}, {@code DotMessagesCmd}): shows and removes the
 * messages waiting for consoles, one frame per line as Bareos reads them back from its console message file
 * (backup-full.txt); {@code You have no messages.} when there are none.
 */
final class MessagesCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    if (!session.director().messages().hasPending()) {
      session.output().send("You have no messages.\n");
      return true;
    }
    showPending(session);
    return true;
  }

  /** Sends every waiting message and marks them read for this console. */
  static void showPending(ConsoleSession session) throws IOException {
    List<String> pending = session.director().messages().takeAll();
    for (String message : pending) {
      for (String line : message.split("(?<=\n)")) {
        session.output().send(line);
      }
    }
    session.messagesRead();
  }
}
