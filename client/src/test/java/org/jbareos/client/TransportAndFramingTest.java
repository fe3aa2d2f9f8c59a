package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** TLS-PSK first (the default), and answers that arrive split over several frames. */
class TransportAndFramingTest {

  private static ConsoleBuilder<DirectorConsole> console(ScriptedDirector director) {
    return DirectorConsole.builder().address(DirectorConsoleReplayTest.LOOPBACK).port(director.port())
        .password("dir-secret").autodisplayOff(false);
  }

  @Test
  void tlsPskIsOnByDefaultAndCarriesTheSameConversation() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script script = ScriptedDirector.Script.of(recorded, "dir-secret").withTls();
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsole console = console(director).connect()) {
        assertThat(console.protection()).isNotEqualTo("Cleartext").contains("TLS");
        assertThat(console.call("version")).isEqualTo(Recording.answer(recorded, "version"));
        assertThat(console.call("status director")).isEqualTo(Recording.answer(recorded, "status director"));
        assertThat(console.call("list jobs")).isEqualTo(Recording.answer(recorded, "list jobs"));
        console.call("quit");
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).first()
          .isEqualTo("Hello *UserAgent* calling version 26.0.0 Version=\"26.0.0\"\n");
    }
  }

  @Test
  void aWrongPasswordOverTlsPskIsAnAuthenticationError() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script script = ScriptedDirector.Script.of(recorded, "dir-secret").withTls();
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      assertThatThrownBy(() -> console(director).password("wrong-secret").connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageContaining("refused console *UserAgent*");
      director.awaitDone();
    }
  }

  @Test
  void anAnswerSplitOverSeveralFramesIsJoinedBeforeItIsParsed() throws Exception {
    List<TranscriptMessage> python = Recording.connection("python-json.txt", 1);
    int listJobs = Recording.indexOf(python, "list jobs");
    List<TranscriptMessage> conversation = new ArrayList<>();
    for (TranscriptMessage m : python.subList(0, Recording.indexOf(python, "list pools"))) {
      if (python.indexOf(m) > listJobs && m.isFrom("dir", "console") && !m.isSignal()) {
        conversation.addAll(split(m, 7, 700));
      } else {
        conversation.add(m);
      }
    }
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation, "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsoleJson json = DirectorConsoleJson.builder().address(DirectorConsoleReplayTest.LOOPBACK)
          .port(director.port()).password("dir-secret").tlsPsk(false)
          .announce("18.2.5", java.util.Optional.empty()).connect()) {
        JsonNode jobs = json.call("list jobs");
        assertThat(jobs).isEqualTo(Recording.pythonOutput().get("default console: list jobs"));
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
    }
  }

  /** The message cut into frames at the given offsets (one cut inside the UTF-8-free JSON is as good as any). */
  private static List<TranscriptMessage> split(TranscriptMessage m, int... cuts) {
    List<TranscriptMessage> parts = new ArrayList<>();
    int from = 0;
    int[] ends = Arrays.copyOf(cuts, cuts.length + 1);
    ends[cuts.length] = m.payload().length;
    for (int end : ends) {
      byte[] part = Arrays.copyOfRange(m.payload(), from, end);
      parts.add(new TranscriptMessage(m.seconds(), m.connection(), m.sender(), m.receiver(), part.length, part,
          true));
      from = end;
    }
    return parts;
  }
}
