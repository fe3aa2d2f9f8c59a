package org.jbareos.cli.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Commands read line by line from a stream that is not a terminal. Like bconsole reading a file ({@code fgets},
 * {@code console/console.cc ReadAndProcessInput}), each line is echoed to the output exactly as read, its newline
 * included, and no prompt is printed: {@code bconsole < commands} output shows the commands this way
 * (console-login-default.bconsole-out.txt).
 */
public final class ScriptCommands implements CommandSource {

  private final InputStream in;
  private final OutputStream echo;

  public ScriptCommands(InputStream in, OutputStream echo) {
    this.in = in;
    this.echo = echo;
  }

  @Override
  public Optional<String> next(String prompt) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      line.write(b);
      if (b == '\n') {
        break;
      }
    }
    if (line.size() == 0) {
      return Optional.empty();
    }
    echo.write(line.toByteArray());
    echo.flush();
    return Optional.of(CommandSource.stripTrailingJunk(line.toString(StandardCharsets.UTF_8)));
  }

  @Override
  public boolean showsPrompt() {
    return false;
  }

  @Override
  public void close() {
    // the stream belongs to the caller (standard input)
  }
}
