package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;

/**
 * {@code messages} ({@code MessagesCmd}) and {@code .messages} ({@code DotMessagesCmd}): the messages waiting for
 * consoles go out raw on the socket, one frame per line, in every API mode, as {@code DoMessages} reads them back
 * from its console message file with {@code fgets} (lines longer than 1999 bytes come in pieces; backup-full.txt).
 * With nothing waiting {@code messages} says {@code You have no messages.} (decoration, text mode only); {@code
 * .messages} shows them only when autodisplay is on.
 */
final class MessagesCommand implements ConsoleCommand {
  /** {@code char msg[2000]} of {@code DoMessages}: {@code fgets} reads at most 1999 bytes at a time. */
  private static final int LINE_PIECE = 1999;

  private final boolean dotCommand;

  MessagesCommand(boolean dotCommand) {
    this.dotCommand = dotCommand;
  }

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    boolean pending = session.director().messages().hasPending();
    if (dotCommand) {
      if (pending && session.autoDisplayMessages()) {
        showPending(session);
      }
    } else if (pending) {
      showPending(session);
    } else {
      session.output().decoration("You have no messages.\n");
    }
    return true;
  }

  /** Sends every waiting message and marks them read for this console. */
  static void showPending(ConsoleSession session) throws IOException {
    List<String> pending = session.director().messages().takeAll();
    for (String message : pending) {
      for (String text : message.split("(?<=\n)")) {
        for (int start = 0; start < text.length(); start += LINE_PIECE) {
          session.connection().send(text.substring(start, Math.min(text.length(), start + LINE_PIECE)));
        }
      }
    }
    session.messagesRead();
  }
}
