package org.jbareos.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Complete lines go out as they come; the unfinished last one (a question) is held until taken or flushed. */
class HeldLineTest {

  @Test
  void theUnfinishedLineIsHeldForThePrompt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HeldLine line = new HeldLine(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    line.write("cwd is: /\n$".getBytes(StandardCharsets.UTF_8));
    line.write(" ".getBytes(StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("cwd is: /\n");
    assertThat(line.take()).isEqualTo("$ ");
    line.write("grüße\nOK to run? ".getBytes(StandardCharsets.UTF_8));
    line.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("cwd is: /\ngrüße\nOK to run? ");
    assertThat(line.take()).isEmpty();
  }
}
