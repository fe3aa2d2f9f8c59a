package org.jbareos.cli.console;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the console's commands come from: a terminal with line editing and history ({@link TerminalCommands}) or a
 * script on standard input ({@link ScriptCommands}, {@code jbareos console < commands}), as bconsole reads either
 * with readline or with {@code fgets} depending on {@code isatty(stdin)}.
 */
public sealed interface CommandSource extends AutoCloseable permits TerminalCommands, ScriptCommands {

  /**
   * The next command, trailing blanks and line ends stripped ({@code StripTrailingJunk}); empty at the end of input.
   *
   * @param prompt {@code *} at the main prompt; after the Director asked a question, the question when the source
   *     {@link #showsPrompt} (else it was printed already and the prompt is empty, bconsole's {@code at_prompt})
   */
  Optional<String> next(String prompt) throws IOException;

  /**
   * Whether {@link #next} shows its prompt (a terminal): then the Director's question is passed as the prompt rather
   * than printed before it.
   */
  boolean showsPrompt();

  @Override
  void close() throws IOException;

  /** bconsole's {@code StripTrailingJunk}: trailing blanks, CR and LF go. */
  static String stripTrailingJunk(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\n'
        || line.charAt(end - 1) == '\r')) {
      end--;
    }
    return line.substring(0, end);
  }
}
