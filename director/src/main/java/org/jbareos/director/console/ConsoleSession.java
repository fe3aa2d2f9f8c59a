package org.jbareos.director.console;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ConnectionClosedException;
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
  private final Optional<CommandAcl> commandAcl;
  private boolean quit;
  private boolean autoDisplayMessages;
  private boolean userNotifiedOfMessages;
  private boolean catalogSelected;
  private boolean sharedCatalogOpen;
  private boolean privateCatalogOpen;

  ConsoleSession(DirectorServices director, BareosConnection connection, CommandTable commands, String consoleName,
      LocalDateTime connectedAt) {
    this.director = Objects.requireNonNull(director, "director");
    this.connection = Objects.requireNonNull(connection, "connection");
    this.commands = Objects.requireNonNull(commands, "commands");
    this.consoleName = Objects.requireNonNull(consoleName, "consoleName");
    this.connectedAt = Objects.requireNonNull(connectedAt, "connectedAt");
    this.output = new ConsoleOutput(connection);
    this.commandAcl = CommandAcl.of(director.config(), consoleName);
  }

  /** Serves commands until the console quits, terminates or goes away. */
  void run() throws IOException {
    while (!quit) {
      if (output.mode().signals()) {
        connection.signal(Signal.MAIN_PROMPT);
      }
      Packet packet;
      try {
        packet = connection.receive();
      } catch (ConnectionClosedException gone) {
        return; // IsBnetStop: the console went away between commands (python-bareos closes without quit)
      }
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
    var entry = commands.find(line.command())
        .filter(e -> commandAcl.isEmpty() || commandAcl.get().allows(e.key()));
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
    } else if (!userNotifiedOfMessages) {
      if (output.mode().signals()) {
        connection.signal(Signal.MSGS_PENDING);
      } else {
        connection.send("You have messages.\n");
      }
      userNotifiedOfMessages = true;
    }
  }

  /**
   * Asks the console a question and reads the answer ({@code dird/ua_input.cc GetCmd}): in an API mode a plain
   * question is announced by {@code BNET_TEXT_INPUT}; the prompt text goes out, then {@code BNET_SUB_PROMPT} in text
   * mode or for a sub-prompt ({@code $ } of the restore tree), which is how bconsole knows to read a line. Signals
   * that come meanwhile are ignored.
   *
   * @param subPrompt whether this is a sub-prompt ({@code GetCmd}'s {@code subprompt})
   * @return the answer, trailing blanks and line ends stripped; empty when the console cancelled with a lone {@code
   *     .}, terminated or went away (then the session ends)
   */
  Optional<String> ask(String prompt, boolean subPrompt) throws IOException {
    boolean api = output.mode() != ApiMode.OFF;
    if (api && !subPrompt) {
      connection.signal(Signal.TEXT_INPUT);
    }
    output.send(prompt);
    if (!api || subPrompt) {
      connection.signal(Signal.SUB_PROMPT);
    }
    while (true) {
      Packet packet;
      try {
        packet = connection.receive();
      } catch (ConnectionClosedException gone) {
        quit = true;
        return Optional.empty();
      }
      switch (packet) {
        case Packet.SignalPacket signal when signal.is(Signal.TERMINATE) -> {
          quit = true;
          return Optional.empty();
        }
        case Packet.SignalPacket signal -> {
          // GetCmd ignores signals while it waits for the answer
        }
        case Packet.Message message -> {
          String answer = message.text().replaceFirst("[\\s\\x00]+$", "");
          return answer.equals(".") ? Optional.empty() : Optional.of(answer);
        }
      }
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

  /** Whether the session ends after this command (the console quit, terminated or went away). */
  boolean ending() {
    return quit;
  }

  void autoDisplayMessages(boolean on) {
    autoDisplayMessages = on;
  }

  boolean autoDisplayMessages() {
    return autoDisplayMessages;
  }

  void messagesRead() {
    userNotifiedOfMessages = false;
  }

  /**
   * Opens the session's catalog connection as {@code OpenClientDb}/{@code OpenDb} do ({@code dird/ua_db.cc}): the
   * first time a connection of the kind (shared, or the private one the list commands use) is opened, a person is
   * told {@code Using Catalog "<name>"}; before that, a catalog the command line does not choose (by {@code client=}
   * or {@code job=}) is selected automatically, which says {@code Automatically selected Catalog: <name>}. API
   * modes stay quiet. (backup-full.txt: {@code run job=...} says only "Using Catalog", the {@code list jobs} after
   * it says it again for its private connection.)
   */
  void openCatalog(CommandLine line, boolean privateConnection) throws IOException {
    if (privateConnection ? privateCatalogOpen : sharedCatalogOpen) {
      return;
    }
    boolean quiet = output.mode() != ApiMode.OFF;
    if (!catalogSelected) {
      catalogSelected = true;
      if (!chosenByCommandLine(line) && !quiet) {
        output.send("Automatically selected Catalog: %s\n", director.catalogName());
      }
    }
    if (privateConnection) {
      privateCatalogOpen = true;
    } else {
      sharedCatalogOpen = true;
    }
    if (!quiet) {
      output.send("Using Catalog \"%s\"\n", director.catalogName());
    }
  }

  private boolean chosenByCommandLine(CommandLine line) {
    var config = director.config();
    return line.valueOf("catalog").isPresent()
        || line.valueOf("client").flatMap(config::client).isPresent()
        || line.valueOf("job").flatMap(config::job).isPresent();
  }
}
