package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import org.jbareos.net.AuthenticationException;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/** Refused logins, a Director that goes away mid-answer, and a Director that is not there. */
class ConsoleFailureTest {

  private static ConsoleBuilder<DirectorConsole> console(ScriptedDirector director, String password) {
    return DirectorConsole.builder().address(DirectorConsoleReplayTest.LOOPBACK).port(director.port())
        .directorName("bareos-dir").password(password).tlsPsk(false).autodisplayOff(false);
  }

  @Test
  void aWrongPasswordIsAnAuthenticationErrorNamingTheDirectorsRefusal() throws Exception {
    List<TranscriptMessage> recorded = Recording.connection("python-json.txt", 3);
    try (ScriptedDirector director = ScriptedDirector.start(ScriptedDirector.Script.of(recorded, "dir-secret"))) {
      assertThatThrownBy(() -> console(director, "wrong-secret").announce("18.2.5", Optional.empty()).connect())
          .isInstanceOf(AuthenticationError.class)
          .isInstanceOf(ConnectionError.class)
          .hasMessageContaining("Director bareos-dir at " + DirectorConsoleReplayTest.LOOPBACK + ":" + director.port()
              + " refused console *UserAgent*: wrong password?")
          .hasMessageContaining("1999 Authorization failed.");
      director.awaitDone();
      assertThat(director.received(0)).containsExactly(recorded.getFirst().latin1());
      assertThat(director.failures()).singleElement().isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void theOldProtocolSendsTheOldHelloAndIsRefusedTheSameWay() throws Exception {
    List<TranscriptMessage> recorded = Recording.connection("python-json.txt", 4);
    try (ScriptedDirector director = ScriptedDirector.start(ScriptedDirector.Script.of(recorded, "dir-secret"))) {
      assertThatThrownBy(() -> console(director, "wrong-secret").protocolVersion(ProtocolVersion.BAREOS_12_4)
          .connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageContaining("1999 Authorization failed.");
      director.awaitDone();
      assertThat(director.received(0)).containsExactly("Hello *UserAgent* calling\n");
    }
  }

  @Test
  void aDirectorThatClosesInTheMiddleOfAnAnswerIsAConnectionError() throws Exception {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    ScriptedDirector.Script full = ScriptedDirector.Script.of(recorded, "dir-secret");
    int statusAnswerStarts = Recording.indexOf(recorded, "status director") + 1;
    ScriptedDirector.Script cut = full.cutAfter(statusAnswerStarts + 5 - full.replayStart());
    try (ScriptedDirector director = ScriptedDirector.start(cut);
        DirectorConsole console = console(director, "dir-secret").connect()) {
      assertThat(console.call("version")).isEqualTo(Recording.answer(recorded, "version"));
      assertThatThrownBy(() -> console.call("status director"))
          .isInstanceOf(ConnectionError.class)
          .isNotInstanceOf(AuthenticationError.class)
          .hasMessageContaining("closed the connection in the middle of the answer to 'status director'");
      assertThat(console.isConnected()).isFalse();
      assertThatThrownBy(() -> console.call("version")).isInstanceOf(ConnectionError.class)
          .hasMessageContaining("was lost");
    }
  }

  @Test
  void aDirectorThatClosesAfterTheHelloIsAConnectionErrorWithAHint() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread closer = Thread.ofVirtual().start(() -> {
        try (var socket = silent.accept()) {
          var in = new java.io.DataInputStream(socket.getInputStream());
          in.readNBytes(in.readInt());
        } catch (java.io.IOException ignored) {
          // the test looks at the client's side only
        }
      });
      assertThatThrownBy(() -> DirectorConsole.builder().address(DirectorConsoleReplayTest.LOOPBACK)
          .port(silent.getLocalPort()).password("dir-secret").tlsPsk(false).connect())
          .isInstanceOf(ConnectionError.class)
          .isNotInstanceOf(AuthenticationError.class)
          .hasMessageContaining("closed the connection during the login of console *UserAgent*")
          .hasMessageContaining("require TLS");
      closer.join();
    }
  }

  @Test
  void nobodyListeningIsAConnectionError() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    assertThatThrownBy(() -> DirectorConsole.builder().address(DirectorConsoleReplayTest.LOOPBACK).port(port)
        .password("dir-secret").tlsPsk(false).connect())
        .isInstanceOf(ConnectionError.class)
        .hasMessageContaining("Cannot connect to Director at " + DirectorConsoleReplayTest.LOOPBACK + ":" + port);
  }
}
