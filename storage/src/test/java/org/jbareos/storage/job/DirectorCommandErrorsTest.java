package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.storage.LoopbackPair;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.ScriptedFileDaemon;
import org.jbareos.storage.StorageDaemonRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.StorageDevices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed Director and File Daemon commands get the answers Bareos gives ({@code stored/dir_cmd.cc}, {@code
 * stored/job.cc}, {@code stored/reserve.cc}, {@code stored/fd_cmds.cc}) and end the session with TERMINATE.
 */
class DirectorCommandErrorsTest {
  private static final String JOB_COMMAND = "JobId=3 job=RestoreFiles.2026-11-22_02.09.39_07 job_name=RestoreFiles"
      + " client_name=bareos-fd type=82 level=32 FileSet=TestSet NoAttr=0 SpoolAttr=0 FileSetMD5=F8+e/0+9Ki+qby/R8H+UIA"
      + " SpoolData=0 PreferMountedVols=1 SpoolSize=0 rerunning=0 VolSessionId=0 VolSessionTime=0 Quota=0"
      + " Protocol=0 BackupFormat=Native\n";

  private static JobServices services(Path archive) throws Exception {
    return new JobServices(RecordedRun.identity(1_795_313_383L),
        new StorageDevices(List.of(new Device("FileStorage", "File", archive, 1_048_576, true, true))),
        new JobRegistry(RecordedRun.SD_START, new SessionKey()), Duration.ofSeconds(5));
  }

  /** Sends the frames (a String as text, a Signal as signal) and returns everything the SD sends until it closes. */
  private static List<String> converse(Path archive, Object... frames) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive)); LoopbackPair dir = LoopbackPair.open()) {
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      BareosConnection director = dir.peerSide();
      for (Object frame : frames) {
        if (frame instanceof Signal s) {
          director.signal(s);
        } else {
          director.send((String) frame);
        }
      }
      List<String> received = readUntilClosed(director);
      session.get(30, TimeUnit.SECONDS);
      return received;
    }
  }

  private static List<String> readUntilClosed(BareosConnection connection) throws Exception {
    List<String> received = new ArrayList<>();
    while (true) {
      Packet p;
      try {
        p = connection.receive(Duration.ofSeconds(30));
      } catch (java.io.EOFException e) {
        return received;
      }
      received.add(p instanceof Packet.Message m
          ? new String(m.payload(), StandardCharsets.UTF_8)
          : "<" + Signal.nameOf(((Packet.SignalPacket) p).value()) + ">");
    }
  }

  @Test
  void unknownCommandIsInvalid(@TempDir Path archive) throws Exception {
    assertThat(converse(archive, "hello sd\n"))
        .containsExactly("3900 Invalid command: hello sd\n\n", "<BNET_TERMINATE>");
  }

  @Test
  void jobCommandWithMissingFieldsIsABadJobCommand(@TempDir Path archive) throws Exception {
    assertThat(converse(archive, "JobId=1 job=x\n"))
        .containsExactly("3915 Bad Job command. stat=-1 CMD: JobId=1 job=x\n\n", "<BNET_TERMINATE>");
  }

  @Test
  void runBeforeAJobIsInvalid(@TempDir Path archive) throws Exception {
    assertThat(converse(archive, "run")).containsExactly("3900 Invalid command: run\n", "<BNET_TERMINATE>");
  }

  @Test
  void badUseCommandIsRefused(@TempDir Path archive) throws Exception {
    List<String> received = converse(archive, JOB_COMMAND, "use storage=File media_type=File\n");
    assertThat(received.get(0)).startsWith("3000 OK Job SDid=1 SDtime=1795313292 Authorization=");
    assertThat(received.get(1)).contains("Fatal error: Failed command: use storage=File media_type=File\n");
    assertThat(received.subList(2, received.size()))
        .containsExactly("3913 Bad use command: use storage=File media_type=File\n\n", "<BNET_TERMINATE>");
  }

  @Test
  void readReservationOfAnUnknownDeviceIsRefused(@TempDir Path archive) throws Exception {
    List<String> received = converse(archive, JOB_COMMAND,
        "use storage=File media_type=File pool_name=Full pool_type=Backup append=0 copy=0 stripe=0\n",
        "use device=Tape\n", Signal.EOD, Signal.EOD);
    assertThat(received.get(1)).contains("Fatal error: Device reservation failed for JobId=3");
    assertThat(received.subList(2, received.size())).containsExactly(
        "3924 Device \"Tape\" not in SD Device resources or no matching Media Type.\n", "<BNET_TERMINATE>");
  }

  @Test
  void readReservationWithAnotherMediaTypeIsRefused(@TempDir Path archive) throws Exception {
    List<String> received = converse(archive, JOB_COMMAND,
        "use storage=File media_type=LTO pool_name=Full pool_type=Backup append=0 copy=0 stripe=0\n",
        "use device=FileStorage\n", Signal.EOD, Signal.EOD);
    assertThat(received.getLast()).isEqualTo("<BNET_TERMINATE>");
    assertThat(received.get(received.size() - 2)).startsWith("3924 Device \"FileStorage\" not in SD Device");
  }

  @Test
  void badBootstrapIsAnError(@TempDir Path archive) throws Exception {
    List<String> received = converse(archive, JOB_COMMAND, "bootstrap\n", "Nonsense=1\n", Signal.EOD);
    assertThat(received.subList(1, received.size()))
        .containsExactly("3904 Error bootstrap\n", "<BNET_TERMINATE>");
  }

  @Test
  void fileDaemonThatNeverConnectsEndsTheJobInError(@TempDir Path archive) throws Exception {
    JobServices services = new JobServices(RecordedRun.identity(1_795_313_383L),
        new StorageDevices(List.of(new Device("FileStorage", "File", archive, 1_048_576, true, true))),
        new JobRegistry(RecordedRun.SD_START, new SessionKey()), Duration.ofMillis(200));
    try (StorageDaemonRun sd = new StorageDaemonRun(services); LoopbackPair dir = LoopbackPair.open()) {
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      dir.peerSide().send(JOB_COMMAND);
      dir.peerSide().send("run");
      List<String> received = readUntilClosed(dir.peerSide());
      session.get(30, TimeUnit.SECONDS);
      assertThat(received.get(1)).endsWith("JobStatus=70\n");
      assertThat(received.get(2)).contains("Fatal error: File Daemon did not connect");
      assertThat(received.subList(3, received.size())).containsExactly(
          "3099 Job RestoreFiles.2026-11-22_02.09.39_07 end JobStatus=69 JobFiles=0 JobBytes=0 JobErrors=1\n",
          "<BNET_EOD>", "<BNET_TERMINATE>", "<BNET_EOD>", "<BNET_TERMINATE>");
      assertThat(services.jobs().size()).isZero();
    }
  }

  @Test
  void unknownFileDaemonCommandEndsTheJobInError(@TempDir Path archive) throws Exception {
    JobServices services = services(archive);
    try (StorageDaemonRun sd = new StorageDaemonRun(services);
        LoopbackPair dir = LoopbackPair.open();
        LoopbackPair fd = LoopbackPair.open()) {
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      BareosConnection director = dir.peerSide();
      director.send(JOB_COMMAND);
      director.receive(Duration.ofSeconds(30));
      sd.attachWhenRegistered("RestoreFiles.2026-11-22_02.09.39_07", fd.storageSide());
      director.send("run");
      ScriptedFileDaemon fileDaemon = new ScriptedFileDaemon(fd.peerSide());
      fileDaemon.connection().send("restore everything\n");
      assertThat(fileDaemon.expectText()).isEqualTo("3900 Invalid command\n");
      assertThat(fileDaemon.next()).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
      List<String> received = readUntilClosed(director);
      session.get(30, TimeUnit.SECONDS);
      assertThat(received).anySatisfy(m -> assertThat(m).contains("Fatal error: FD command not found: restore"));
      assertThat(received).contains(
          "3099 Job RestoreFiles.2026-11-22_02.09.39_07 end JobStatus=69 JobFiles=0 JobBytes=0 JobErrors=1\n");
      assertThat(received.subList(received.size() - 4, received.size()))
          .containsExactly("<BNET_EOD>", "<BNET_TERMINATE>", "<BNET_EOD>", "<BNET_TERMINATE>");
    }
  }
}
