package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.jbareos.net.Signal;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectorConsole} against a Director that replays the Director's side of bconsole's recordings
 * (console-login-default.txt, console-api2.txt). Our console sends bconsole's frames byte for byte when it announces
 * bconsole's version words, and returns exactly what the Director sent.
 */
class DirectorConsoleReplayTest {

  static final String LOOPBACK = InetAddress.getLoopbackAddress().getHostAddress();
  static final String BCONSOLE_VERSION = "26.0.0~pre1298.eda204c31";

  /** bconsole 26 as recorded: no TLS (the kit's configs), no {@code autodisplay off}, its version words. */
  static ConsoleBuilder<DirectorConsole> bconsole(ScriptedDirector director) {
    return DirectorConsole.builder().address(LOOPBACK).port(director.port()).password("dir-secret")
        .tlsPsk(false).autodisplayOff(false).announce(BCONSOLE_VERSION, Optional.of(new BareosVersion(26, 0, 0)));
  }

  @Test
  void defaultConsoleLoginAndTextCommandsMatchTheRecording() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script script = ScriptedDirector.Script.of(recorded, "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsole console = bconsole(director).connect()) {
        assertThat(console.greeting().ok().readable())
            .isEqualTo("1000 OK: bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026)");
        assertThat(console.greeting().info().orElseThrow().readableText()).isEqualTo(
            "Self-compiled binaries (UNSUPPORTED)\nGet professional support from https://www.bareos.com\n"
                + "You are connected using the default console");
        assertThat(console.protocolVersion()).isEqualTo(ProtocolVersion.BAREOS_18_2);
        assertThat(console.protection()).isEqualTo("Cleartext");

        assertThat(console.call("version")).isEqualTo(Recording.answer(recorded, "version"))
            .startsWith("bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026) Debian");
        String status = console.call("status director");
        assertThat(status).isEqualTo(Recording.answer(recorded, "status director"))
            .contains("\nTerminated Jobs:\n").endsWith("====\n");
        ConsoleResponse jobs = console.callForResponse("list jobs");
        assertThat(jobs.text()).isEqualTo(Recording.answer(recorded, "list jobs"));
        assertThat(jobs.end()).isEqualTo(ResponseEnd.EOD);
        assertThat(jobs.signals()).isEmpty();

        ConsoleResponse quit = console.callForResponse("quit");
        assertThat(quit.end()).isEqualTo(ResponseEnd.CLOSED);
        assertThat(quit.output()).isEmpty();
        assertThat(console.isConnected()).isFalse();
        assertThatThrownBy(() -> console.call("version")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("quit");
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).containsExactlyElementsOf(script.expectedConsoleFrames());
      assertThat(director.received(0).getFirst())
          .isEqualTo("Hello *UserAgent* calling version 26.0.0~pre1298.eda204c31 Version=\"26.0.0\"\n");
    }
  }

  @Test
  void apiModeTwoAnswersAreJoinedUntilTheMainPrompt() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-api2.txt");
    ScriptedDirector.Script script = ScriptedDirector.Script.of(recorded, "dir-secret");
    ObjectMapper json = new ObjectMapper();
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsole console = bconsole(director).connect()) {
        ConsoleResponse api = console.callForResponse(".api 2");
        assertThat(api.end()).isEqualTo(ResponseEnd.MAIN_PROMPT);
        assertThat(api.signals()).containsExactly(Signal.CMD_OK.value());
        assertThat(json.readTree(api.text()).path("result").path("api").asInt()).isEqualTo(2);
        for (String command : List.of("list jobs", "list pools", "list volumes", "llist jobs", "status director",
            "version", ".jobs", "show client", "foo", "list files jobid=1")) {
          ConsoleResponse response = console.callForResponse(command);
          assertThat(response.text()).as(command).isEqualTo(Recording.answer(recorded, command));
          assertThat(response.signals()).as(command).isEqualTo(Recording.signals(recorded, command));
          assertThat(response.end()).as(command).isEqualTo(ResponseEnd.MAIN_PROMPT);
        }
        ConsoleResponse quit = console.callForResponse("quit");
        assertThat(quit.end()).isEqualTo(ResponseEnd.CLOSED);
        assertThat(json.readTree(quit.output()).path("result").isEmpty()).isTrue();
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).containsExactlyElementsOf(script.expectedConsoleFrames());
    }
  }

  @Test
  void receiveGivesOneMessageAndASignalRaisesSignalReceivedException() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script full = ScriptedDirector.Script.of(recorded, "dir-secret");
    ScriptedDirector.Script script = full.cutAfter(Recording.indexOf(recorded, "status director")
        - full.replayStart());
    try (ScriptedDirector director = ScriptedDirector.start(script);
        DirectorConsole console = bconsole(director).connect()) {
      console.send("version");
      assertThat(new String(console.receive(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(Recording.answer(recorded, "version"));
      assertThatThrownBy(console::receive).isInstanceOfSatisfying(SignalReceivedException.class, e -> {
        assertThat(e.signal()).isEqualTo(-1);
        assertThat(e.is(Signal.EOD)).isTrue();
        assertThat(e).hasMessage("End of data stream, new data may follow (-1)");
      });
    }
  }

  @Test
  void terminateSendsBnetTerminateAsBconsoleDoesAtTheEndOfItsInput() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script script = ScriptedDirector.Script.of(
        recorded.subList(0, Recording.indexOf(recorded, "status director")), "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      DirectorConsole console = bconsole(director).connect();
      assertThat(console.call("version")).isEqualTo(Recording.answer(recorded, "version"));
      console.terminate();
      assertThat(console.isConnected()).isFalse();
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).endsWith("version", "BNET_TERMINATE (-4)");
    }
  }
}
