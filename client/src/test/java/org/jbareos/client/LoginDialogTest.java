package org.jbareos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;

/**
 * The login dialogs the recordings do not show (PROTOCOL.md §2.6): a successful protocol 12.4 login with its single
 * {@code 1000 OK: ... --  Encryption: None\n} line, and a console that must send PAM credentials ({@code 1001},
 * {@code 4002<RS>user<RS>password}). The Director's lines are the recorded login of console-login-default.txt with
 * the dialog in question put in place of the {@code 1000}/{@code 1002} messages.
 */
class LoginDialogTest {

  private static final String OK_18_2 = "1000\u001eOK: bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026)";
  private static final String INFO = "1002\u001eSelf-compiled binaries (UNSUPPORTED)\nGet professional support from"
      + " https://www.bareos.com\nYou are connected using the default console";

  /** The recorded hello and CRAM-MD5, then {@code dialog}, then the recorded {@code version} exchange. */
  private static List<TranscriptMessage> conversation(String hello, String... dialog) {
    List<TranscriptMessage> recorded = Recording.console("console-login-default.txt");
    List<TranscriptMessage> conversation = new ArrayList<>();
    conversation.add(frame("console", "dir", hello));
    conversation.addAll(recorded.subList(1, 7));
    for (String line : dialog) {
      boolean fromConsole = line.startsWith("4002");
      conversation.add(frame(fromConsole ? "console" : "dir", fromConsole ? "dir" : "console", line));
    }
    conversation.addAll(Recording.exchange(recorded, "version"));
    return conversation;
  }

  private static TranscriptMessage frame(String from, String to, String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    return new TranscriptMessage(0, 1, from, to, payload.length, payload, true);
  }

  private static ConsoleBuilder<DirectorConsole> console(ScriptedDirector director) {
    return DirectorConsole.builder().address(DirectorConsoleReplayTest.LOOPBACK).port(director.port())
        .password("dir-secret").tlsPsk(false).autodisplayOff(false);
  }

  @Test
  void theOldProtocolLogsInWithOneOkLine() throws Exception {
    String ok = "1000 OK: bareos-dir Version: 26.0.0~pre1298.eda204c31 (21 August 2026) --  Encryption: None\n";
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation("Hello *UserAgent* calling\n", ok),
        "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsole console = console(director).protocolVersion(ProtocolVersion.BAREOS_12_4).connect()) {
        assertThat(console.protocolVersion()).isEqualTo(ProtocolVersion.BAREOS_12_4);
        assertThat(console.greeting().info()).isEmpty();
        assertThat(console.greeting().bconsoleText()).isEqualTo(ok);
        assertThat(console.call("version")).startsWith("bareos-dir Version: 26.0.0~pre1298.eda204c31");
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).containsExactlyElementsOf(script.expectedConsoleFrames());
    }
  }

  @Test
  void theOldProtocolsRefusalIsAnAuthenticationError() throws Exception {
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation("Hello *UserAgent* calling\n",
        "1999 You are not authorized.\n"), "dir-secret").cutAfter(1);
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      assertThatThrownBy(() -> console(director).protocolVersion(ProtocolVersion.BAREOS_12_4).connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageEndingWith("refused console *UserAgent*: 1999 You are not authorized.");
    }
  }

  @Test
  void pamCredentialsAreSentWhenTheDirectorAsksForThem() throws Exception {
    String hello = "Hello *UserAgent* calling version 26.0.0 Version=\"26.0.0\"\n";
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation(hello, "1001\u001e",
        "4002\u001ejane\u001epam-secret", OK_18_2, INFO), "dir-secret");
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      try (DirectorConsole console = console(director).pamCredentials("jane", "pam-secret").pamOverCleartext(true)
          .connect()) {
        assertThat(console.greeting().ok().readable()).startsWith("1000 OK: bareos-dir");
        assertThat(console.call("version")).startsWith("bareos-dir Version:");
      }
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(director.received(0)).contains("4002\u001ejane\u001epam-secret");
    }
  }

  @Test
  void aPamRequestWithoutCredentialsIsAnAuthenticationError() throws Exception {
    String hello = "Hello *UserAgent* calling version 26.0.0 Version=\"26.0.0\"\n";
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation(hello, "1001\u001e"), "dir-secret")
        .cutAfter(1);
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      assertThatThrownBy(() -> console(director).connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageContaining("asks for PAM authentication, but no PAM credentials were given");
    }
  }

  @Test
  void pamCredentialsAreNotSentInCleartextUnlessAllowed() throws Exception {
    String hello = "Hello *UserAgent* calling version 26.0.0 Version=\"26.0.0\"\n";
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation(hello, "1001\u001e"), "dir-secret")
        .cutAfter(1);
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      assertThatThrownBy(() -> console(director).pamCredentials("jane", "pam-secret").connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageContaining("canceled because the password would be sent unencrypted");
      director.awaitDone();
      assertThat(director.received(0)).containsExactly(hello);
    }
  }

  @Test
  void aDirectorThatClosesAfterThePamCredentialsRefusedThem() throws Exception {
    String hello = "Hello *UserAgent* calling version 26.0.0 Version=\"26.0.0\"\n";
    ScriptedDirector.Script script = ScriptedDirector.Script.of(conversation(hello, "1001\u001e",
        "4002\u001ejane\u001ewrong"), "dir-secret").cutAfter(2);
    try (ScriptedDirector director = ScriptedDirector.start(script)) {
      assertThatThrownBy(() -> console(director).pamCredentials("jane", "wrong").pamOverCleartext(true).connect())
          .isInstanceOf(AuthenticationError.class)
          .hasMessageContaining("PAM authentication of jane failed");
      director.awaitDone();
      assertThat(director.received(0)).endsWith("4002\u001ejane\u001ewrong");
    }
  }
}
