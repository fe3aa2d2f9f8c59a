package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Director command loop's rules (PROTOCOL.md §1.2, §5.1) and the commands outside a job: status, cancel. */
class DirectorSessionTest {

  private static final String JOB = "backup-bareos-fd.2026-11-22_02.09.08_03";
  private static final String KEY = "NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA";

  @TempDir Path temp;

  @Test
  void unknownCommandIsAnsweredWith2999AndEndsTheSession() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start(); BareosConnection dir = login(daemon)) {
      dir.send("Status\n");
      assertThat(text(dir)).isEqualTo("2999 Invalid command\n");
      assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
    }
  }

  @Test
  void aSignalFromTheDirectorEndsTheSessionWithEndJobOnceAJobIsSet() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start(); BareosConnection dir = login(daemon)) {
      dir.send("JobId=7 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + "\n");
      assertThat(text(dir)).startsWith("2000 OK Job 26.0.0 (jbareos 0.1.0) ").doesNotEndWith("\n");
      dir.signal(Signal.EOD);
      EndJobReport report = EndJobReport.parse(text(dir));
      assertThat(report.termCode()).isEqualTo((int) 'C');
      assertThat(report.jobFiles()).isZero();
      assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
    }
  }

  @Test
  void statusSendsTheHeaderAndTheRunningJobsThenEod() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start(); BareosConnection dir = login(daemon)) {
      dir.send("status");
      List<String> lines = untilEod(dir);
      // filed/status.cc: an empty line first, the header, the running jobs with this Director session, no
      // terminated jobs
      assertThat(lines).hasSize(10);
      assertThat(lines.get(0)).isEqualTo("\n");
      assertThat(lines.get(1)).startsWith("bareos-fd Version: 26.0.0 (jbareos 0.1.0) ");
      assertThat(lines.get(2)).matches("Daemon started \\d\\d-[A-Z][a-z]{2}-\\d\\d \\d\\d:\\d\\d\\. Jobs: run=0 running=0,"
          + " jbareos binary\n");
      assertThat(lines.get(3)).isEqualTo(" Sizeof: boffset_t=8 size_t=8 debug=0 trace=0 bwlimit=0kB/s\n");
      assertThat(lines.get(4)).isEqualTo("\nRunning Jobs:\n");
      assertThat(lines.get(5)).matches("bareos-dir \\(director\\) connected at: \\d\\d-[A-Z][a-z]{2}-\\d\\d "
          + "\\d\\d:\\d\\d\n");
      assertThat(lines.subList(6, 10)).containsExactly("No Jobs running.\n", "====\n", "\nTerminated Jobs:\n",
          "====\n");
      dir.send("cancel Job=nosuchjob.2026-11-22_00.00.00_00\n");
      assertThat(untilEod(dir)).containsExactly("2901 Job nosuchjob.2026-11-22_00.00.00_00 not found.\n");
    }
  }

  @Test
  void cancelEndsARunningBackupWithTermCodeCanceled() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(JOB, KEY, fd -> {
          assertThat(new String(((Packet.Message) fd.receive(ScriptedPeer.WAIT)).payload()))
              .isEqualTo("append open session\n");
          assertThatThrownBy(() -> fd.receive(ScriptedPeer.WAIT)).as("the FD cuts the SD connection")
              .isInstanceOf(IOException.class);
        });
        BareosConnection dir = login(daemon)) {
      setUpBackup(dir, data, sd.port(), "");
      dir.send("backup FileIndex=0\n");
      List<String> before = new ArrayList<>();
      for (String t; !(t = text(dir)).equals("2000 OK backup\n"); ) {
        before.add(t);
      }
      assertThat(before).hasSize(3).allMatch(t -> t.startsWith("Jmsg Job=" + JOB + " type=6 "));
      try (BareosConnection other = login(daemon)) {
        other.send("status");
        assertThat(untilEod(other)).anyMatch(l -> l.equals("JobId 1 Job " + JOB + " is running.\n"));
        other.send("cancel Job=" + JOB + "\n");
        assertThat(untilEod(other)).containsExactly("2001 Job " + JOB + " marked to be canceled.\n");
      }
      EndJobReport report = EndJobReport.parse(text(dir));
      assertThat(report.termCode()).isEqualTo((int) 'A');
      assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
      sd.await();
    }
  }

  @Test
  void storageWithSsl4ConnectsWithTlsPsk() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(JOB, KEY, TlsPolicy.REQUIRED, fd ->
            assertThat(fd.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE)));
        BareosConnection dir = login(daemon)) {
      dir.send("JobId=1 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + " ssl=4\n");
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("storage address=127.0.0.1 port=" + sd.port() + " ssl=4\n");
      JobMessage encryption = JobMessage.parse(text(dir));
      assertThat(encryption.text()).startsWith("bareos-fd JobId 1:  Encryption: ").doesNotContain("None");
      assertThat(text(dir)).isEqualTo("2000 OK storage\n");
      dir.signal(Signal.EOD);
      sd.await();
    }
  }

  @Test
  void storageThatRefusesTheSessionKeyIsABadStorage() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(JOB, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
            fd -> { });
        BareosConnection dir = login(daemon)) {
      dir.send("JobId=1 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + "\n");
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("storage address=127.0.0.1 port=" + sd.port() + " ssl=0\n");
      JobMessage fatal = JobMessage.parse(text(dir));
      assertThat(fatal.type()).isEqualTo(JobMessage.M_FATAL);
      assertThat(fatal.text()).isEqualTo("bareos-fd JobId 1: Failed to authenticate Storage daemon.\n");
      assertThat(text(dir)).isEqualTo("2902 Bad storage\n");
      assertThat(EndJobReport.parse(text(dir)).termCode()).isEqualTo((int) 'f');
      assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
    }
  }

  @Test
  void estimateCountsTheFilesAndBytesTheBackupWouldSave() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    try (FileDaemon daemon = KitFileDaemon.start(); BareosConnection dir = login(daemon)) {
      dir.send("JobId=0 Job=*Estimate*.2026-11-22_00.00.00_00 SDid=0 SDtime=0 Authorization=dummy\n");
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("level = full  mtime_only=0 \n");
      assertThat(text(dir)).isEqualTo("2000 OK level\n");
      sendKitFileSet(dir, data);
      dir.send("estimate listing=0\n");
      assertThat(untilEod(dir)).as("the kit's Full job: 11 files, ReadBytes 307276")
          .containsExactly("2000 OK estimate files=11 bytes=307,276\n");
    }
  }

  @Test
  void aJobCommandOutsideAllowedJobCommandIsRefused() throws Exception {
    Path config = KitFileDaemon.kitConfigWithClient(temp.resolve("config"), "Allowed Job Command = restore");
    try (FileDaemon daemon = KitFileDaemon.start(config); BareosConnection dir = login(daemon)) {
      dir.send("JobId=1 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + "\n");
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("backup FileIndex=0\n");
      JobMessage refusal = JobMessage.parse(text(dir));
      assertThat(refusal.type()).isEqualTo(JobMessage.M_FATAL);
      assertThat(refusal.text()).isEqualTo("bareos-fd JobId 1: Illegal \"backup\" command not allowed by Allowed"
          + " Job Cmds setting of this filed.\n");
      assertThat(EndJobReport.parse(text(dir)).termCode()).isEqualTo((int) 'f');
      assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
    }
  }

  @Test
  void unreachableStorageIsABadStorageAfterTheSdConnectTimeout() throws Exception {
    Path config = KitFileDaemon.kitConfigWithClient(temp.resolve("config"), "SD Connect Timeout = 1");
    int closedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = probe.getLocalPort();
    }
    try (FileDaemon daemon = KitFileDaemon.start(config); BareosConnection dir = login(daemon)) {
      dir.send("JobId=1 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + "\n");
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("storage address=127.0.0.1 port=" + closedPort + " ssl=0\n");
      assertThat(JobMessage.parse(text(dir)).text())
          .isEqualTo("bareos-fd JobId 1: Failed to connect to Storage daemon: 127.0.0.1:" + closedPort + "\n");
      assertThat(text(dir)).isEqualTo("2902 Bad storage\n");
    }
  }

  /** The estimate listing's mode is {@code encode_mode}'s ({@code lib/util.cc}): {@code f} for a FIFO. */
  @Test
  void estimateListingShowsAFifoAsBareosDoes() throws Exception {
    Path fifo = temp.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();
    FoundFile found = new FoundFile(1, fifo.toString(), fifo, FileType.FIFO, FileStat.lstat(fifo), "", 0, null);
    assertThat(EstimateJob.lsLine(found)).startsWith("frw-").endsWith("  " + fifo + "\n");
  }

  private static void sendKitFileSet(BareosConnection dir, Path data) throws Exception {
    dir.send("fileset vss=1\n");
    for (String line : List.of("I\n", "O MHAX\n", "N\n", "F " + data, "N\n", "N\n")) {
      dir.send(line);
    }
    dir.signal(Signal.EOD);
    assertThat(text(dir)).isEqualTo("2000 OK include\n");
  }

  /** JobId, level full, the kit's FileSet for {@code data}, storage: the setup of backup-full.txt. */
  private static void setUpBackup(BareosConnection dir, Path data, int sdPort, String ssl) throws Exception {
    dir.send("JobId=1 Job=" + JOB + " SDid=1 SDtime=1795313292 Authorization=" + KEY + ssl + "\n");
    assertThat(text(dir)).startsWith("2000 OK Job ");
    dir.send("level = full  mtime_only=0 \n");
    assertThat(text(dir)).isEqualTo("2000 OK level\n");
    sendKitFileSet(dir, data);
    dir.send("storage address=127.0.0.1 port=" + sdPort + " ssl=0\n");
    assertThat(text(dir)).contains(" Encryption: None\n");
    assertThat(text(dir)).isEqualTo("2000 OK storage\n");
  }

  private static BareosConnection login(FileDaemon daemon) throws Exception {
    BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD);
    assertThat(text(dir)).isEqualTo("2000 OK Hello 54\n");
    return dir;
  }

  private static String text(BareosConnection connection) throws Exception {
    Packet packet = connection.receive(ScriptedPeer.WAIT);
    assertThat(packet).isInstanceOf(Packet.Message.class);
    return ((Packet.Message) packet).text();
  }

  private static List<String> untilEod(BareosConnection connection) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Packet p; (p = connection.receive(ScriptedPeer.WAIT)) instanceof Packet.Message m; ) {
      lines.add(m.text());
    }
    return lines;
  }
}
