package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.storage.CatalogDirector;
import org.jbareos.storage.LoopbackPair;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.ScriptedFileDaemon;
import org.jbareos.storage.StorageDaemonRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.StorageDevices;
import org.jbareos.volume.LabelType;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cancel Job=...} from a second Director connection ({@code stored/dir_cmd.cc:CancelCmd}). */
class CancelCommandTest {
  private static final String JOB = "backup-bareos-fd.2026-11-22_06.00.00_01";

  private static JobServices services(Path archive) throws Exception {
    return new JobServices(RecordedRun.identity(RecordedRun.SD_START),
        new StorageDevices(List.of(new Device("FileStorage", "File", archive, 65_536, true, true))),
        new JobRegistry(RecordedRun.SD_START, new SessionKey()), Duration.ofSeconds(30));
  }

  /** Sends {@code cancel} on its own Director connection and returns the answer line (EOD checked). */
  private static String cancel(StorageDaemonRun sd, String which) throws Exception {
    return sd.askOnce("cancel Job=" + which + "\n");
  }

  @Test
  void unknownJobIsNotFound(@TempDir Path archive) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      assertThat(cancel(sd, "nosuchjob.1")).isEqualTo("3904 Job nosuchjob.1 not found.\n");
      assertThat(cancel(sd, "17")).isEqualTo("3904 Job 17 not found.\n");
    }
  }

  @Test
  void jobWaitingForItsFileDaemonEndsCanceled(@TempDir Path archive) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive)); LoopbackPair dir = LoopbackPair.open()) {
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      CatalogDirector director = new CatalogDirector(dir.peerSide(),
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)));
      director.startBackup(1, JOB);
      CompletableFuture<Void> served = sd.async(() -> {
        director.runAndServe();
        return null;
      });
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (director.received().stream().noneMatch(m -> m.endsWith("JobStatus=70\n"))) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(5);
      }
      assertThat(cancel(sd, "1")).isEqualTo("3000 JobId=1 Job=\"" + JOB + "\" marked to be canceled.\n");
      served.get(30, TimeUnit.SECONDS);
      session.get(30, TimeUnit.SECONDS);
      assertThat(director.received())
          .contains("3099 Job " + JOB + " end JobStatus=65 JobFiles=0 JobBytes=0 JobErrors=0\n")
          .noneMatch(m -> m.contains("Fatal error"));
    }
  }

  @Test
  void runningAppendIsCanceledAndItsVolumeStaysReadable(@TempDir Path archive) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive));
        LoopbackPair dir = LoopbackPair.open();
        LoopbackPair fdPair = LoopbackPair.open()) {
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      CatalogDirector director = new CatalogDirector(dir.peerSide(),
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)));
      director.startBackup(1, JOB);
      sd.attachWhenRegistered(JOB, fdPair.storageSide());
      CompletableFuture<Void> served = sd.async(() -> {
        director.runAndServe();
        return null;
      });
      ScriptedFileDaemon fd = new ScriptedFileDaemon(fdPair.peerSide());
      fd.openAppend();
      fd.file(1, "/data/a.txt", "alpha\n".getBytes(StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (director.received().stream().noneMatch(m -> m.contains("Ready to append"))) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        Thread.sleep(5);
      }
      assertThat(cancel(sd, JOB)).endsWith("marked to be canceled.\n");
      served.get(30, TimeUnit.SECONDS);
      session.get(30, TimeUnit.SECONDS);
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).startsWith("3099 Job " + JOB + " end JobStatus=65 JobFiles=1 "));
      List<Record> records = RecordedRun.allRecords(archive.resolve("Full-0001"));
      SessionLabel eos = SessionLabel.decode(LabelType.EOS_LABEL, records.getLast().data());
      assertThat(eos.totals().jobStatus()).isEqualTo('A');
      assertThat(records).extracting(Record::fileIndex).contains(1);
    }
  }
}
