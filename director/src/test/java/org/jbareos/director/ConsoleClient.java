package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.net.hello.Hello;

/** A bconsole-like test client: logs in as the default console and runs commands in text or API 2 mode. */
final class ConsoleClient implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BareosConnection connection;

  private ConsoleClient(BareosConnection connection) {
    this.connection = connection;
  }

  /** Logs in as {@code *UserAgent*} with the conformance kit's password and checks the 1000/1002 greeting. */
  static ConsoleClient login(int port) throws IOException {
    return login(port, Hello.Console.USER_AGENT, "dir-secret");
  }

  /** Logs in as the named console (cleartext) and checks the 1000/1002 greeting. */
  static ConsoleClient login(int port, String name, String password) throws IOException {
    BareosConnection connection = BareosConnection.connect("127.0.0.1", port, WAIT);
    connection.send(new Hello.Console(name, Optional.of("26.0.0"), Optional.empty()).toBytes());
    new TwoWayAuthentication("R_CONSOLE::" + name, CramKey.fromPassword(password), 0,
        CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)).connect(connection);
    assertThat(((Packet.Message) connection.receive(WAIT)).text()).startsWith("1000\u001eOK:");
    assertThat(((Packet.Message) connection.receive(WAIT)).text()).startsWith("1002\u001e");
    return new ConsoleClient(connection);
  }

  /** Text mode: the command's frames up to BNET_EOD. */
  List<String> text(String command) throws IOException {
    connection.send(command);
    List<String> texts = new ArrayList<>();
    while (true) {
      Packet p = connection.receive(WAIT);
      if (p instanceof Packet.Message m) {
        texts.add(m.text());
      } else {
        assertThat(p).isEqualTo(new Packet.SignalPacket(Signal.EOD));
        return texts;
      }
    }
  }

  /** Switches to API 2 (compact) from text mode. */
  void apiJson() throws IOException {
    connection.send(".api 2 compact=yes");
    assertThat(connection.receive(WAIT)).isEqualTo(new Packet.SignalPacket(Signal.CMD_OK));
    assertThat(((Packet.Message) connection.receive(WAIT)).text()).contains("\"api\":2");
    assertThat(connection.receive(WAIT)).isEqualTo(new Packet.SignalPacket(Signal.MAIN_PROMPT));
  }

  /** API 2 mode: the JSON document of a command (result or error form), the signals checked on the way. */
  JsonNode json(String command) throws IOException {
    connection.send(command);
    Packet p = connection.receive(WAIT);
    while (p instanceof Packet.SignalPacket s && !s.is(Signal.MAIN_PROMPT)) {
      p = connection.receive(WAIT);
    }
    JsonNode document = JSON.readTree(((Packet.Message) p).payload());
    assertThat(connection.receive(WAIT)).isEqualTo(new Packet.SignalPacket(Signal.MAIN_PROMPT));
    return document;
  }

  /** API 1 mode: every frame up to BNET_MAIN_PROMPT, signals shown by name. */
  List<String> frames(String command) throws IOException {
    return frames(command, Signal.MAIN_PROMPT);
  }

  /** Every frame up to {@code end}, signals shown by name. */
  List<String> frames(String command, Signal end) throws IOException {
    connection.send(command);
    List<String> frames = new ArrayList<>();
    while (true) {
      Packet p = connection.receive(WAIT);
      switch (p) {
        case Packet.SignalPacket s when s.is(end) -> {
          return frames;
        }
        case Packet.SignalPacket s -> frames.add(Signal.nameOf(s.value()));
        case Packet.Message m -> frames.add(m.text());
      }
    }
  }

  /** What the Director answered to one line: its text, and how it ended ({@code SUB_PROMPT}: it asks again). */
  record Reply(String text, Signal end) {}

  /**
   * Text mode with questions: sends a command or an answer and reads up to the next question ({@code
   * BNET_SUB_PROMPT}) or the end of the command ({@code BNET_EOD}); other signals show as {@code <NAME>}.
   */
  Reply converse(String line) throws IOException {
    connection.send(line);
    StringBuilder text = new StringBuilder();
    while (true) {
      Packet p = connection.receive(WAIT);
      switch (p) {
        case Packet.SignalPacket s when s.is(Signal.SUB_PROMPT) -> {
          return new Reply(text.toString(), Signal.SUB_PROMPT);
        }
        case Packet.SignalPacket s when s.is(Signal.EOD) -> {
          return new Reply(text.toString(), Signal.EOD);
        }
        case Packet.SignalPacket s -> text.append('<').append(Signal.nameOf(s.value())).append('>');
        case Packet.Message m -> text.append(m.text());
      }
    }
  }

  @Override
  public void close() throws IOException {
    connection.send("quit");
    connection.close();
  }
}
