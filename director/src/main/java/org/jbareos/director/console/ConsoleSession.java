package org.jbareos.director.console;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;

/**
 * One logged-in console: the command loop of {@code HandleUserAgentClientRequest} ({@code dird/ua_server.cc},
 * PROTOCOL.md §4.1) and the state a {@code UaContext} keeps between commands.
 *
 * <pre>
 *   loop until quit:
 *     API mode: BNET_MAIN_PROMPT
 *     receive ── a message ──&gt; run it (Do_a_command); pending messages noted; text mode: BNET_EOD
 *             ── a signal ───&gt; BNET_POLL (BNET_TERMINATE or a lost connection end the loop)
 * </pre>
 */
public final class ConsoleSession {
  private final DirectorServices director;
  private final BareosConnection connection;
  private final ConsoleOutput output;
  private final CommandTable commands;
  private final String consoleName;
  private final LocalDateTime connectedAt;
  private boolean quit;
  private boolean autoDisplayMessages;
  private boolean userNotifiedOfMessages;
  private boolean catalogAnnounced;

  ConsoleSession(DirectorServices director, BareosConnection connection, CommandTable commands, String consoleName,
      LocalDateTime connectedAt) {
    this.director = Objects.requireNonNull(director, "director");
    this.connection = Objects.requireNonNull(connection, "connection");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.consoleName = Objects.requireNonNull(consoleName, "consoleName");
    this.connectedAt = Objects.requireNonNull(connectedAt, "connectedAt");
    this.output = new ConsoleOutput(connection);
  }

  /** Serves commands until the console quits, terminates or goes away. */
  void run() throws IOException {
    while (!quit) {
      if (output.mode().signals()) {
        connection.signal(Signal.MAIN_PROMPT);
      }
      Packet packet = connection.receive();
      switch (packet) {
        case Packet.Message message -> {
          execute(CommandLine.parse(message.text()));
          if (!quit) {
            notePendingMessages();
            if (!output.mode().signals()) {
              connection.signal(Signal.EOD);
            }
          }
        }
        case Packet.SignalPacket signal when signal.is(Signal.TERMINATE) -> quit = true;
        case Packet.SignalPacket signal -> connection.signal(Signal.POLL);
      }
    }
  }

  /** {@code Do_a_command}: look the word up by prefix, frame it with command signals in API mode, finish. */
  private void execute(CommandLine line) throws IOException {
    if (line.isEmpty()) {
      return;
    }
    var entry = commands.find(line.command());
    boolean ok;
    if (entry.isPresent()) {
      if (output.mode().signals()) {
        connection.signal(Signal.CMD_BEGIN);
      }
      ok = entry.get().command().run(this, line);
      if (output.mode().signals()) {
        connection.signal(ok ? Signal.CMD_OK : Signal.CMD_FAILED);
      }
    } else {
      output.error("%s: is an invalid command.\n", line.command());
      ok = false;
    }
    output.finishCommand(ok);
  }

  private void notePendingMessages() throws IOException {
    if (!director.messages().hasPending()) {
      return;
    }
    if (autoDisplayMessages) {
      MessagesCommand.showPending(this);
      output.finishCommand(true);
      userNotifiedOfMessages = false;
    } else if (!userNotifiedOfMessages) {
      if (output.mode().signals()) {
        connection.signal(Signal.MSGS_PENDING);
      } else {
        connection.send("You have messages.\n");
      }
      userNotifiedOfMessages = true;
    }
  }

  public DirectorServices director() {
    return director;
  }

  public ConsoleOutput output() {
    return output;
  }

  public BareosConnection connection() {
    return connection;
  }

  /** The console's name ({@code *UserAgent*} for the default console). */
  public String consoleName() {
    return consoleName;
  }

  public LocalDateTime connectedAt() {
    return connectedAt;
  }

  /** Ends the loop after this command ({@code quit}, {@code exit}). */
  void quit() {
    quit = true;
  }

  void autoDisplayMessages(boolean on) {
    autoDisplayMessages = on;
  }

  void messagesRead() {
    userNotifiedOfMessages = false;
  }

  /**
   * The first catalog access of a session tells a person which catalog it uses ({@code OpenClientDb}: {@code
   * Automatically selected Catalog: ...} and {@code Using Catalog "..."}); API modes stay quiet.
   */
  void announceCatalog() throws IOException {
    if (catalogAnnounced) {
      return;
    }
    catalogAnnounced = true;
    if (output.mode() == ApiMode.OFF) {
      if (director.config().catalogs().size() == 1) {
        output.send("Automatically selected Catalog: %s\n", director.catalogName());
      }
      output.send("Using Catalog \"%s\"\n", director.catalogName());
    }
  }
}
