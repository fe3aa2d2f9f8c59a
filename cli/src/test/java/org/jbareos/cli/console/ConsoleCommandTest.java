package org.jbareos.cli.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.cli.Main;
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbareos console -c bconsole.conf < commands} against a Director that replays bconsole's recordings: the
 * output equals what bconsole printed (the {@code .bconsole-out.txt} files), the Director's port being the only
 * difference (the recording's 19101 is ours, chosen at random).
 */
class ConsoleCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  /** The kit's bconsole.conf with the Director's port replaced. */
  private Path config(String name, int port) throws IOException {
    String text = Files.readString(SharedData.conformance("config/" + name));
    Path config = dir.resolve(name);
    Files.writeString(config, text.replace("Port = 19101", "Port = " + port));
    return config;
  }

  private static Run run(byte[] stdin, String... args) {
    InputStream in = System.in;
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute(args);
      return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setIn(in);
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String bconsoleOutput(String capture, int port) throws IOException {
    return Files.readString(SharedData.conformance(capture + ".bconsole-out.txt"))
        .replace("Connecting to Director 127.0.0.1:19101\n", "Connecting to Director 127.0.0.1:" + port + "\n");
  }

  private void replays(String capture) throws Exception {
    List<TranscriptMessage> recorded = Transcript.conformance(capture + ".txt").connectionBetween("console", "dir");
    byte[] commands = Files.readAllBytes(SharedData.conformance(capture + ".bconsole-in.txt"));
    try (RecordedDirector director = new RecordedDirector(recorded, "dir-secret")) {
      Run run = run(commands, "console", "-c", config("bconsole.conf", director.port()).toString());
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(run.err()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).isEqualTo(bconsoleOutput(capture, director.port()));
      List<String> sent = recorded.stream().filter(m -> m.isFrom("console", "dir")).map(TranscriptMessage::text)
          .filter(t -> !t.startsWith("Hello ") && !t.startsWith("auth cram-md5") && t.length() != 23
              && !t.equals("1000 OK auth\n"))
          .toList();
      assertThat(director.received()).endsWith(sent.toArray(String[]::new));
      assertThat(director.received().getFirst()).startsWith("Hello *UserAgent* calling version 26.0.0");
    }
  }

  @Test
  void printsWhatBconsolePrintedForTheDefaultConsoleSession() throws Exception {
    replays("console-login-default");
  }

  @Test
  void printsWhatBconsolePrintedForTheApiModeTwoSession() throws Exception {
    replays("console-api2");
  }

  @Test
  void theEndOfInputWithoutQuitSendsTerminate() throws Exception {
    List<TranscriptMessage> recorded = Transcript.conformance("console-login-default.txt")
        .connectionBetween("console", "dir");
    int status = 0;
    while (!recorded.get(status).text().equals("status director")) {
      status++;
    }
    Path trace = dir.resolve("console.trace");
    try (RecordedDirector director = new RecordedDirector(recorded.subList(0, status), "dir-secret")) {
      Run run = run("version\n@echo done\n".getBytes(StandardCharsets.US_ASCII), "console", "-c",
          config("bconsole.conf", director.port()).toString(), "--trace", trace.toString());
      director.awaitDone();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).endsWith("Enter a period (.) to cancel a command.\nversion\n"
          + recorded.get(status - 2).text() + "@echo done\ndone \n");
      assertThat(director.received()).endsWith("version", "BNET_TERMINATE (-4)");
      assertThat(Files.readString(trace)).contains("\"Console\" -> \"Director\": (   7) version")
          .contains("\"Console\" -> \"Director\": (  -4) BNET_TERMINATE");
    }
  }

  @Test
  void aWrongPasswordPrintsBconsolesGivingUpAndExitsOne() throws Exception {
    List<TranscriptMessage> recorded = Transcript.conformance("python-json.txt").connection(3);
    try (RecordedDirector director = new RecordedDirector(recorded, "admin-secret")) {
      Run run = run(new byte[0], "console", "-c", config("bconsole.conf", director.port()).toString());
      director.awaitDone();
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).isEqualTo("Connecting to Director 127.0.0.1:" + director.port() + "\n"
          + "Failed to connect to Director. Giving up.\n");
      assertThat(run.err()).contains("refused console *UserAgent*").contains("1999 Authorization failed.");
    }
  }

  @Test
  void aNamedConsoleLogsInWithItsConsoleResource() throws Exception {
    List<TranscriptMessage> recorded = Transcript.conformance("python-json.txt").connection(2);
    try (RecordedDirector director = new RecordedDirector(recorded.subList(0, 10), "admin-secret")) {
      Run run = run(new byte[0], "console", "-c", config("bconsole-admin.conf", director.port()).toString());
      director.awaitDone();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("You are logged in as: admin\n");
      assertThat(director.received().getFirst()).startsWith("Hello admin calling version ");
      assertThat(director.received()).endsWith("BNET_TERMINATE (-4)");
    }
  }

  @Test
  void aDirectorThatGoesAwayMidAnswerEndsTheSessionWithExitOne() throws Exception {
    List<TranscriptMessage> recorded = Transcript.conformance("console-login-default.txt")
        .connectionBetween("console", "dir");
    int status = 0;
    while (!recorded.get(status).text().equals("status director")) {
      status++;
    }
    try (RecordedDirector director = new RecordedDirector(recorded.subList(0, status + 4), "dir-secret")) {
      director.closeWhenDone();
      Run run = run("version\nstatus director\nlist jobs\n".getBytes(StandardCharsets.US_ASCII), "console", "-c",
          config("bconsole.conf", director.port()).toString());
      director.awaitDone();
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).endsWith("status director\n" + recorded.get(status + 1).text()
          + recorded.get(status + 2).text() + recorded.get(status + 3).text());
      assertThat(run.err()).contains("closed the connection in the middle of the answer to 'status director'");
    }
  }

  /** console-login-default's hello and CRAM-MD5, a PAM request and answer, its login messages and version. */
  private static List<TranscriptMessage> pamConversation() {
    List<TranscriptMessage> recorded = Transcript.conformance("console-login-default.txt")
        .connectionBetween("console", "dir");
    List<TranscriptMessage> conversation = new java.util.ArrayList<>(recorded.subList(0, 7));
    conversation.add(frame("dir", "console", "1001\u001e"));
    conversation.add(frame("console", "dir", "4002\u001ejane\u001epam-secret"));
    conversation.addAll(recorded.subList(7, 12));
    return conversation;
  }

  private static TranscriptMessage frame(String from, String to, String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    return new TranscriptMessage(0, 1, from, to, payload.length, payload, true);
  }

  @Test
  void pamCredentialsComeFromTheFileAndNeedDashOWithoutTls() throws Exception {
    Path pam = dir.resolve("pam");
    Files.writeString(pam, "jane\npam-secret\n");
    try (RecordedDirector director = new RecordedDirector(pamConversation(), "dir-secret")) {
      Run run = run("version\n".getBytes(StandardCharsets.US_ASCII), "console", "-c",
          config("bconsole.conf", director.port()).toString(), "-p", pam.toString(), "-o");
      director.awaitDone();
      assertThat(director.failures()).isEmpty();
      assertThat(run.exit()).isZero();
      assertThat(run.out()).contains("You are connected using the default console\n");
      assertThat(director.received()).contains("4002\u001ejane\u001epam-secret");
    }
    try (RecordedDirector director = new RecordedDirector(pamConversation().subList(0, 8), "dir-secret")) {
      Run run = run(new byte[0], "console", "-c", config("bconsole.conf", director.port()).toString(),
          "-p", pam.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).endsWith("Failed to connect to Director. Giving up.\n");
      assertThat(run.err()).contains("the password would be sent unencrypted");
    }
  }
}
