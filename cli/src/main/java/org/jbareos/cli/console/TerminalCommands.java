package org.jbareos.cli.console;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Commands typed at a terminal: JLine line editing, the prompt {@code *} (empty after a question, as bconsole), and a
 * history kept in the history file ({@code HistoryFile} of the Console resource, else {@code ~/.bconsole_history}),
 * {@code HistoryLength} entries (default 100), one plain line per command as readline writes it.
 */
public final class TerminalCommands implements CommandSource {

  private final Terminal terminal;
  private final LineReader reader;

  public TerminalCommands(Path historyFile, int historyLength) throws IOException {
    // The exec provider (stty): JLine's JNI and FFM providers call restricted methods, for which Java 24+ prints
    // warnings unless java runs with --enable-native-access.
    this.terminal = TerminalBuilder.builder().system(true).jni(false).ffm(false).exec(true).build();
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("jbareos console")
        .variable(LineReader.HISTORY_FILE, historyFile)
        .variable(LineReader.HISTORY_SIZE, historyLength)
        .variable(LineReader.HISTORY_FILE_SIZE, historyLength)
        .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
        .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
        .build();
  }

  /** Whether standard input and output are a terminal (bconsole: {@code isatty(fileno(stdin))}). */
  public static boolean available() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+ returns a Console for redirected streams too and says with isTerminal() whether it is one.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException java21) {
      return true;
    }
  }

  @Override
  public Optional<String> next(String prompt) {
    while (true) {
      try {
        return Optional.of(CommandSource.stripTrailingJunk(reader.readLine(prompt)));
      } catch (UserInterruptException interrupt) {
        terminal.writer().println();
      } catch (EndOfFileException end) {
        return Optional.empty();
      }
    }
  }

  @Override
  public boolean showsPrompt() {
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.getHistory().save();
    terminal.close();
  }
}
