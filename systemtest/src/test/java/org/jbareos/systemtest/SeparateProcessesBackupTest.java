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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.LoopbackPorts;
import org.jbareos.cli.quickstart.Passwords;
import org.jbareos.cli.quickstart.QuickstartSite;
import org.jbareos.client.DirectorConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md testing layer 4: the Storage Daemon, File Daemon and Director each in their own JVM, configured by the
 * quick start's Bareos-layout config (TLS-PSK on every link, loopback ports), driven over the console link: a Full
 * and an Incremental backup, checked in {@code list jobs}, {@code list volumes} and in the volume files themselves.
 * In-process tests cannot catch what only separate processes show: configuration read independently by each
 * daemon, no shared state, real process start-up and shutdown.
 */
@Tag("system")
class SeparateProcessesBackupTest {

  private static final Duration START_DEADLINE = Duration.ofSeconds(60);
  private static final Pattern JOB_ID = Pattern.compile("JobId=(\\d+)");

  @TempDir
  Path temp;

  private final List<DaemonProcess> daemons = new ArrayList<>();

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fullThenIncrementalAcrossThreeProcesses() throws Exception {
    // The tree first: its ctimes then lie before the Full's (whole-second) start time, so the Incremental sees
    // only the changes made after the Full.
    SourceTree tree = SourceTree.create(temp.resolve("source tree"));
    QuickstartSite site = new QuickstartSite(temp.resolve("site"), tree.root());
    LoopbackPorts ports = LoopbackPorts.pick();
    Passwords passwords = Passwords.random();
    new ConfigWriter(site, ports, passwords).write();

    Path projectRoot = projectRoot();
    Instant deadline = Instant.now().plus(START_DEADLINE);
    start("storage", projectRoot, site).awaitListening(ports.storage(), deadline);
    start("filedaemon", projectRoot, site).awaitListening(ports.fileDaemon(), deadline);
    start("director", projectRoot, site).awaitListening(ports.director(), deadline);

    try (DirectorConsole console = DirectorConsole.builder().address(LoopbackPorts.LOOPBACK)
        .port(ports.director()).directorName(ConfigWriter.DIRECTOR).password(passwords.console()).connect()) {
      long full = runAndWait(console, "Full");
      long fullFiles = tree.entryCount();
      JobList afterFull = JobList.parse(console.call("list jobs"));
      assertThat(afterFull.job(full)).as("Full in list jobs")
          .containsEntry("jobstatus", "T").containsEntry("level", "F");
      assertThat(JobList.files(afterFull.job(full))).as("Full's JobFiles").isEqualTo(fullFiles);

      tree.changeForIncremental();
      long incremental = runAndWait(console, "Incremental");
      JobList afterIncr = JobList.parse(console.call("list jobs"));
      assertThat(afterIncr.job(incremental)).as("Incremental in list jobs")
          .containsEntry("jobstatus", "T").containsEntry("level", "I");
      // plain.txt rewritten, sub/added later.txt new, and sub itself (its mtime changed with the new entry)
      assertThat(JobList.files(afterIncr.job(incremental))).as("Incremental's JobFiles").isEqualTo(3);

      String volumes = console.call("list volumes");
      VolumeContents contents = VolumeContents.read(site.storage());
      assertThat(contents.volumeNames()).as("volumes on disk").isNotEmpty();
      for (String name : contents.volumeNames()) {
        assertThat(volumes).as("list volumes").contains(name);
      }
      checkVolumes(contents, tree, full, incremental);
    } catch (AssertionError | IOException | RuntimeException e) {
      throw new AssertionError(withLogs(e.getMessage()), e);
    }
  }

  /** {@code run ... yes} then {@code wait}; returns the JobId the Director queued. */
  private long runAndWait(DirectorConsole console, String level) throws IOException {
    String run = console.call("run job=" + ConfigWriter.BACKUP_JOB + " level=" + level + " yes");
    Matcher m = JOB_ID.matcher(run);
    assertThat(m.find()).as("run " + level + " answered: " + run).isTrue();
    console.call("wait");
    return Long.parseLong(m.group(1));
  }

  private static void checkVolumes(VolumeContents contents, SourceTree tree, long full, long incremental)
      throws IOException {
    VolumeContents.JobData fullData = contents.job(full);
    for (String name : List.of(SourceTree.PLAIN, SourceTree.SPACED, SourceTree.EMPTY, SourceTree.LINK,
        SourceTree.EMPTY_DIR, SourceTree.NESTED)) {
      assertThat(fullData.hasAttributesOf(tree.path(name))).as("Full attributes of " + name).isTrue();
    }
    assertThat(fullData.hasFileData(SourceTree.PLAIN_V1.getBytes(StandardCharsets.UTF_8)))
        .as("Full data of plain.txt").isTrue();
    assertThat(fullData.hasFileData(Files.readAllBytes(tree.path(SourceTree.NESTED))))
        .as("Full data of sub/nested.bin").isTrue();

    VolumeContents.JobData incrData = contents.job(incremental);
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.PLAIN))).as("Incremental attributes of plain").isTrue();
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.ADDED))).as("Incremental attributes of added")
        .isTrue();
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.SPACED))).as("unchanged file not in Incremental")
        .isFalse();
    assertThat(incrData.hasFileData(SourceTree.PLAIN_V2.getBytes(StandardCharsets.UTF_8)))
        .as("Incremental data of the changed plain.txt").isTrue();
    assertThat(incrData.hasFileData(SourceTree.ADDED_TEXT.getBytes(StandardCharsets.UTF_8)))
        .as("Incremental data of the added file").isTrue();
  }

  private DaemonProcess start(String role, Path projectRoot, QuickstartSite site) throws IOException {
    DaemonProcess daemon = DaemonProcess.start(role, projectRoot, site.etc(), temp);
    daemons.add(daemon);
    return daemon;
  }

  /** The reactor root: Surefire's {@code jbareos.root}, else the parent of the module directory. */
  private static Path projectRoot() {
    String root = System.getProperty("jbareos.root");
    Path path = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    return path.toAbsolutePath().normalize();
  }

  /** A failure's message plus every daemon's log, so the failure explains itself. */
  private String withLogs(String message) {
    StringBuilder text = new StringBuilder(String.valueOf(message));
    for (DaemonProcess daemon : daemons) {
      text.append("\n----- ").append(daemon.role()).append(" log -----\n").append(daemon.logText());
    }
    return text.toString();
  }

  /** Stops the Director first (it holds the catalog and dials the others), then the FD and the SD. */
  @AfterEach
  void stopDaemons() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).close();
    }
    daemons.clear();
  }
}
