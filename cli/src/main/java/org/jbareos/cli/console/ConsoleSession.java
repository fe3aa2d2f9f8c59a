package org.jbareos.cli.console;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jbareos.client.ConnectionError;
import org.jbareos.client.ConsoleBuilder;
import org.jbareos.client.DirectorConsole;
import org.jbareos.client.ResponseEnd;
import org.jbareos.net.SocketTransport;

/**
 * One console session as bconsole runs it ({@code console/console.cc}: {@code main} after the configuration, then
 * {@code ReadAndProcessInput}):
 *
 * <pre>
 * Connecting to Director 127.0.0.1:19101
 *  Encryption: None
 * 1000 OK: bareos-dir Version: 26.0.0 (21 August 2026)
 * &lt;the 1002 info text&gt;
 *
 * Enter a period (.) to cancel a command.
 * </pre>
 *
 * then each command goes to the Director as one frame and its output is printed as it arrives, byte for byte, until
 * the signal that ends the answer. {@code quit}/{@code exit} end with the Director closing the connection; at the
 * end of input the console sends {@code BNET_TERMINATE} and closes, as bconsole. Lines starting with {@code @} are
 * the console's own commands ({@code @exit}, {@code @quit}, {@code @echo}); {@code .quit} and {@code .exit} are sent
 * and end the session.
 */
public final class ConsoleSession {

  private final ConsoleTarget target;
  private final UnaryOperator<ConsoleBuilder<DirectorConsole>> options;
  private final PrintStream out;
  private final PrintStream err;

  /**
   * @param target the Director and Console of the configuration
   * @param options what the command line adds to the connection (network trace, PAM credentials)
   * @param out the console's output (bconsole's stdout)
   * @param err where connection errors are explained
   */
  public ConsoleSession(ConsoleTarget target, UnaryOperator<ConsoleBuilder<DirectorConsole>> options,
      PrintStream out, PrintStream err) {
    this.target = target;
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /**
   * Connects, prints the login messages, runs the commands.
   *
   * @return 0 when the session ended by input or {@code quit}; 1 when it could not start or the connection was lost
   */
  public int run(CommandSource commands) throws IOException {
    ConsoleBuilder<DirectorConsole> builder = options.apply(target.builder());
    out.print("Connecting to Director " + target.director().address() + ":" + target.director().port() + "\n");
    out.flush();
    DirectorConsole console;
    try {
      console = builder.connect();
    } catch (ConnectionError e) {
      err.println(e.getMessage());
      out.print("Failed to connect to Director. Giving up.\n");
      out.flush();
      return 1;
    }
    try {
      String protection = console.protection();
      out.print(" Encryption: " + (SocketTransport.CLEARTEXT.equals(protection) ? "None" : protection) + "\n");
      out.print(console.greeting().bconsoleText());
      out.print("\nEnter a period (.) to cancel a command.\n");
      out.flush();
      return readAndProcessInput(console, commands) ? 0 : 1;
    } finally {
      console.terminate();
    }
  }

  /** bconsole's {@code ReadAndProcessInput}; false when the connection was lost. */
  private boolean readAndProcessInput(DirectorConsole console, CommandSource commands) throws IOException {
    String prompt = "*";
    while (true) {
      Optional<String> read = commands.next(prompt);
      if (read.isEmpty()) {
        return true;
      }
      prompt = "*";
      String command = read.get();
      if (command.startsWith("@")) {
        if (!ownCommand(command)) {
          return true;
        }
        continue;
      }
      try {
        console.send(command);
        if (command.equals(".quit") || command.equals(".exit")) {
          return true;
        }
        HeldLine output = new HeldLine(out);
        ResponseEnd end = null;
        try {
          end = console.receiveResponse(output::write);
        } finally {
          // a question stays held for a terminal's line editor, which shows it as its prompt
          if (end != ResponseEnd.SUB_PROMPT || !commands.showsPrompt()) {
            output.flush();
          }
        }
        prompt = end == ResponseEnd.SUB_PROMPT ? output.take() : "*";
        out.flush();
        if (end == ResponseEnd.CLOSED || end == ResponseEnd.TERMINATE) {
          return true;
        }
      } catch (ConnectionError e) {
        out.flush();
        err.println(e.getMessage());
        return false;
      }
    }
  }

  /** bconsole's {@code @} commands that jbareos knows; false when the session ends. */
  private boolean ownCommand(String command) {
    String[] words = command.substring(1).strip().split("\\s+");
    String name = words[0].toLowerCase(Locale.ROOT);
    if (name.startsWith("#")) {
      return true;
    }
    switch (name) {
      case "exit", "quit" -> {
        return false;
      }
      case "echo" -> {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
          line.append(words[i]).append(' ');
        }
        out.print(line.append('\n'));
      }
      default -> out.print(command + ": is an invalid command\n");
    }
    out.flush();
    return true;
  }
}
