package org.jbareos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.LoopbackPorts;
import org.jbareos.cli.quickstart.Passwords;
import org.jbareos.cli.quickstart.QuickstartSite;
import org.jbareos.cli.quickstart.TreeComparison;
import org.jbareos.client.DirectorConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client initiated connections (PROTOCOL.md §9, seed 000_8c7eaa950b3ce235.txt) with the Storage Daemon, File Daemon
 * and Director in their own JVMs, TLS-PSK on every link: the seed's two configurations each run a backup and a
 * restore over connections the File Daemon opened, and {@code status director} lists the waiting Client in the
 * seed's table before and after. With dialling forbidden the File Daemon also starts before the Director (it retries
 * every second, saying why), survives a Director restart, and its own restart is noticed by the Director.
 */
@Tag("system")
class ClientInitiatedSystemTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final Pattern JOB_ID = Pattern.compile("JobId=(\\d+)");
  /** The seed's table (ua_status.cc ListConnectedClients): header, 100 '=', one row per waiting connection, "====". */
  private static final String TABLE_HEAD = "Client Initiated Connections (waiting for jobs):\n"
      + "Connect time        Protocol            Authenticated       Name                                    \n"
      + "=".repeat(100) + "\n";
  private static final Pattern WAITING_ROW = Pattern.compile(
      "\\d\\d-\\w{3}-\\d\\d \\d\\d:\\d\\d     54                  1                   bareos-fd {31}\n");
  private static final List<String> RECONNECT_EVERY_SECOND = List.of("--reconnect-interval", "1");
  private static final String FAILED_TO_CONNECT = "Failed to connect to Director \"bareos-dir\"";
  private static final String CONNECTED = "Connected to Director \"bareos-dir\"";

  @TempDir
  Path temp;

  private final List<DaemonProcess> daemons = new ArrayList<>();
  private QuickstartSite site;
  private LoopbackPorts ports;
  private Passwords passwords;
  private SourceTree tree;

  @Test
  @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void onlyClientToDirectorWithDaemonRestarts() throws Exception {
    writeSite(false);
    try {
      start("storage", ports.storage(), List.of());
      DaemonProcess fd = start("filedaemon", ports.fileDaemon(), RECONNECT_EVERY_SECOND);
      // the Director is not up yet: the FD says why it retries, once a second (not a busy loop)
      fd.awaitLog(FAILED_TO_CONNECT, 2, deadline());
      assertThat(fd.logText()).contains("Retry in 1s.");
      DaemonProcess director = start("director", ports.director(), List.of());

      try (DirectorConsole console = console()) {
        assertWaiting(console, 1);
        long full = backup(console, "Full");
        long restore = restoreAndCompare(console, full);
        assertWaiting(console, 1);
        for (long jobId : List.of(full, restore)) {
          assertThat(console.call("list joblog jobid=" + jobId)).as("job log of " + jobId)
              .contains("Using Client Initiated Connection (bareos-fd).")
              .doesNotContain("Connected Client: bareos-fd");
        }
      }

      // FD restart: the Director drops the dead socket and uses the new connection
      long connects = fd.occurrences(CONNECTED);
      fd.kill();
      fd.restart(DEADLINE);
      fd.awaitLog(CONNECTED, connects + 1, deadline());
      try (DirectorConsole console = console()) {
        assertWaiting(console, 1);
        tree.changeForIncremental();
        backup(console, "Incremental");
      }

      // Director restart: the FD sees its waiting connection close and dials the new Director
      long failures = fd.occurrences(FAILED_TO_CONNECT);
      director.close();
      fd.awaitLog(FAILED_TO_CONNECT, failures + 1, deadline());
      director.restart(DEADLINE);
      try (DirectorConsole console = console()) {
        assertWaiting(console, 1);
        backup(console, "Full");
      }
    } catch (AssertionError | IOException | RuntimeException e) {
      throw new AssertionError(withLogs(e.getMessage()), e);
    }
  }

  @Test
  @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void bothDirectionsAllowedUsesTheWaitingConnection() throws Exception {
    writeSite(true);
    try {
      start("storage", ports.storage(), List.of());
      start("filedaemon", ports.fileDaemon(), RECONNECT_EVERY_SECOND);
      start("director", ports.director(), List.of());
      try (DirectorConsole console = console()) {
        assertWaiting(console, 1);
        long full = backup(console, "Full");
        long restore = restoreAndCompare(console, full);
        assertWaiting(console, 1);
        for (long jobId : List.of(full, restore)) {
          assertThat(console.call("list joblog jobid=" + jobId))
              .as("job " + jobId + " used the waiting connection, the Director dialled nothing")
              .contains("Using Client Initiated Connection (bareos-fd).")
              .doesNotContain("Connected Client: bareos-fd");
        }
      }
    } catch (AssertionError | IOException | RuntimeException e) {
      throw new AssertionError(withLogs(e.getMessage()), e);
    }
  }

  /**
   * The quick start's configuration with the seed's directives: the Director's Client allows the FD to connect (and
   * the Director to dial when {@code dialAllowed}), the FD's Director resource says where the Director listens.
   */
  private void writeSite(boolean dialAllowed) throws IOException {
    tree = SourceTree.create(temp.resolve("source tree"), 1);
    site = new QuickstartSite(temp.resolve("site"), tree.root());
    ports = LoopbackPorts.pick();
    passwords = Passwords.random();
    new ConfigWriter(site, ports, passwords).write();
    String direction = "  Connection From Director To Client = " + (dialAllowed ? "yes" : "no") + "\n";
    appendToResource(site.etc().resolve("bareos-dir.d/client/" + ConfigWriter.CLIENT + ".conf"),
        "  Connection From Client To Director = yes\n" + direction
            + "  Heartbeat Interval = 60   # the seed: to keep the network connection established\n");
    appendToResource(site.etc().resolve("bareos-fd.d/director/" + ConfigWriter.DIRECTOR + ".conf"),
        "  Address = " + LoopbackPorts.LOOPBACK + "\n  Port = " + ports.director() + "\n"
            + "  Connection From Client To Director = yes\n" + direction);
  }

  private static void appendToResource(Path file, String directives) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
    assertThat(text).as(file.toString()).endsWith("}");
    Files.writeString(file, text.substring(0, text.length() - 1) + directives + "}\n", StandardCharsets.UTF_8);
  }

  /** Polls {@code status director} until the table lists {@code count} waiting bareos-fd connections. */
  private static void assertWaiting(DirectorConsole console, int count) throws IOException, InterruptedException {
    Instant deadline = deadline();
    String status = "";
    while (Instant.now().isBefore(deadline)) {
      status = console.call("status director");
      if (status.contains(TABLE_HEAD) && WAITING_ROW.matcher(status).results().count() == count) {
        assertThat(status).contains(TABLE_HEAD);
        assertThat(status).containsPattern(Pattern.compile(TABLE_HEAD.replace("(", "\\(").replace(")", "\\)")
            + "(" + WAITING_ROW.pattern() + "){" + count + "}====\n"));
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(count + " waiting bareos-fd connection(s) expected in status director:\n" + status);
  }

  /** {@code run ... yes}, {@code wait}; the job must end OK. Returns its JobId. */
  private static long backup(DirectorConsole console, String level) throws IOException {
    String run = console.call("run job=" + ConfigWriter.BACKUP_JOB + " level=" + level + " yes");
    long jobId = jobId(run);
    console.call("wait");
    assertThat(JobList.parse(console.call("list jobs")).job(jobId)).as(level + " backup in list jobs")
        .containsEntry("jobstatus", "T");
    return jobId;
  }

  /** Restores every file of {@code jobId} to the RestoreFiles job's Where and compares it with the source. */
  private long restoreAndCompare(DirectorConsole console, long jobId) throws IOException {
    String restore = console.call("restore jobid=" + jobId + " client=" + ConfigWriter.CLIENT + " all done yes");
    long restoreId = jobId(restore);
    console.call("wait");
    assertThat(JobList.parse(console.call("list jobs")).job(restoreId)).as("restore in list jobs")
        .containsEntry("jobstatus", "T");
    TreeComparison.Result comparison = TreeComparison.compare(site.source(), site.restoredSource());
    assertThat(comparison.differences()).as("restored tree").isEmpty();
    return restoreId;
  }

  private static long jobId(String answer) {
    Matcher m = JOB_ID.matcher(answer);
    assertThat(m.find()).as("a queued job in: " + answer).isTrue();
    return Long.parseLong(m.group(1));
  }

  private DirectorConsole console() throws IOException {
    return DirectorConsole.builder().address(LoopbackPorts.LOOPBACK).port(ports.director())
        .directorName(ConfigWriter.DIRECTOR).password(passwords.console()).connect();
  }

  private DaemonProcess start(String role, int port, List<String> options) throws IOException {
    DaemonProcess daemon = DaemonProcess.start(role, JbareosCommandLine.projectRoot(), site.etc(), temp, port,
        DEADLINE, options);
    daemons.add(daemon);
    return daemon;
  }

  private static Instant deadline() {
    return Instant.now().plus(DEADLINE);
  }

  /** A failure's message plus every daemon's log, so the failure explains itself. */
  private String withLogs(String message) {
    StringBuilder text = new StringBuilder(String.valueOf(message));
    for (DaemonProcess daemon : daemons) {
      text.append("\n----- ").append(daemon.role()).append(" log -----\n").append(daemon.logText());
    }
    return text.toString();
  }

  /** Stops the Director first, then the FD and the SD. */
  @AfterEach
  void stopDaemons() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).close();
    }
    daemons.clear();
  }
}
