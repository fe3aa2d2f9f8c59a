package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/**
 * {@link DirectorConsoleJson} against a Director that replays python-json.txt: with python-bareos's version words
 * ({@code 18.2.5}, no {@code Version=}) our console sends python's frames byte for byte, and {@code call} returns the
 * trees python printed (python-json.output.txt).
 */
class DirectorConsoleJsonReplayTest {

  private static final Map<String, JsonNode> PYTHON = Recording.pythonOutput();

  /** python-bareos 18.2.5 as recorded: no TLS-PSK module, its hello words. */
  static ConsoleBuilder<DirectorConsoleJson> pythonBareos(ScriptedDirector director) {
    return DirectorConsoleJson.builder().address(DirectorConsoleReplayTest.LOOPBACK).port(director.port())
        .tlsPsk(false).announce("18.2.5", Optional.empty());
  }

  @Test
  void defaultConsoleListsJobsPoolsAndVersionAsPythonPrintedThem() throws Exception {
    ScriptedDirector.Script script = ScriptedDirector.Script.of(Recording.connection("python-json.txt", 1),
        "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsoleJson json = pythonBareos(director).password("dir-secret").connect()) {
        assertThat(json.protocolVersion().number()).isEqualTo(2);
        JsonNode jobs = json.call("list jobs");
        assertThat(jobs).isEqualTo(PYTHON.get("default console: list jobs"));
        assertThat(jobs.path("jobs")).hasSize(7);
        assertThat(jobs.path("jobs").get(0).path("jobbytes").asText()).isEqualTo("307276");
        assertThat(json.call("list pools")).isEqualTo(PYTHON.get("default console: list pools"));
        assertThat(json.call("version")).isEqualTo(PYTHON.get("default console: version"));
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).containsExactlyElementsOf(script.expectedConsoleFrames());
      assertThat(director.received(0)).startsWith("Hello *UserAgent* calling version 18.2.5\n", ".api json",
          ".api json compact=yes", "list jobs");
    }
  }

  @Test
  void namedConsoleLogsInWithItsOwnPassword() throws Exception {
    ScriptedDirector.Script script = ScriptedDirector.Script.of(Recording.connection("python-json.txt", 2),
        "admin-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsoleJson json = pythonBareos(director).consoleName("admin").password("admin-secret")
          .connect()) {
        assertThat(json.greeting().info().orElseThrow().text()).endsWith("You are logged in as: admin");
        assertThat(json.call("list jobs")).isEqualTo(PYTHON.get("named console admin: list jobs"));
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).containsExactlyElementsOf(script.expectedConsoleFrames());
    }
  }

  @Test
  void anErrorAnswerRaisesJsonRpcErrorReceivedExceptionWithTheMessages() throws Exception {
    List<TranscriptMessage> python = Recording.connection("python-json.txt", 1);
    List<TranscriptMessage> conversation = new ArrayList<>(python.subList(0, Recording.indexOf(python,
        "list jobs")));
    conversation.addAll(Recording.exchange(Recording.console("console-api2.txt"), "foo"));
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation, "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsoleJson json = pythonBareos(director).password("dir-secret").connect()) {
        assertThatThrownBy(() -> json.call("foo"))
            .isInstanceOfSatisfying(JsonRpcErrorReceivedException.class, e -> {
              assertThat(e.errorMessages()).containsExactly("foo: is an invalid command.\n");
              assertThat(e.code()).isEqualTo(1);
              assertThat(e.error().path("message").asText()).isEqualTo("failed");
              assertThat(e.partialResult().isEmpty()).isTrue();
              assertThat(e).hasMessage("failed: foo: is an invalid command.\n");
            });
        assertThat(json.isConnected()).isTrue();
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
    }
  }
}
