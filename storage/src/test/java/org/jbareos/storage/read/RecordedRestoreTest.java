package org.jbareos.storage.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.storage.LoopbackPair;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.ScriptedPeer;
import org.jbareos.storage.StorageDaemonRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.StorageDevices;
import org.jbareos.storage.job.JobRegistry;
import org.jbareos.storage.job.JobServices;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.jbareos.volume.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SD side of the recorded restore ({@code restore.txt}, #2 dir-&gt;sd and #4 fd-&gt;sd) reading {@code
 * volumes/Full-0001}: the bootstrap, the read session and every {@code rechdr} + data frame our SD sends equal the
 * recorded ones (the 262144- and 45056-byte frames in full, against the volume's records).
 */
class RecordedRestoreTest {
  private static final String JOB = "RestoreFiles.2026-11-22_02.09.39_07";
  private static final long JOB_TIME = 1_795_313_383L;

  @Test
  void replaysTheRecordedRestoreFrameForFrame(@TempDir Path archive) throws Exception {
    Files.copy(RecordedRun.fullVolume(), archive.resolve("Full-0001"));
    Transcript transcript = Transcript.conformance("restore.txt");
    List<TranscriptMessage> dirScript = RecordedRun.from(transcript.connectionBetween("dir", "sd"),
        m -> m.isFrom("dir", "sd") && m.text().startsWith("JobId="));
    List<TranscriptMessage> fdScript = RecordedRun.through(
        RecordedRun.from(transcript.connectionBetween("fd", "sd"),
            m -> m.isFrom("fd", "sd") && m.text().startsWith("read open session")),
        m -> m.isFrom("sd", "fd") && m.header() == Signal.EOD.value() && m.seconds() > 4.2);
    List<Record> recorded = RecordedRun.dataRecords(RecordedRun.fullVolume());

    Device device = new Device("FileStorage", "File", archive, 1_048_576, true, true);
    // The recorded SD had run JobIds 1 and 2 before: this job's VolSessionId is 3.
    JobServices services = new JobServices(RecordedRun.identity(JOB_TIME), new StorageDevices(List.of(device)),
        new JobRegistry(RecordedRun.SD_START, 2, new SessionKey()), Duration.ofSeconds(30));
    ScriptedPeer director;
    ScriptedPeer fileDaemon;
    try (StorageDaemonRun sd = new StorageDaemonRun(services);
        LoopbackPair dir = LoopbackPair.open();
        LoopbackPair fd = LoopbackPair.open()) {
      director = new ScriptedPeer("dir", dir.peerSide(), RecordedRun.normalizer(archive),
          RecordedRun.completer(recorded));
      fileDaemon = new ScriptedPeer("fd", fd.peerSide(), RecordedRun.normalizer(archive),
          RecordedRun.completer(recorded));
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      CompletableFuture<Void> fdSide = sd.async(() -> {
        sd.attachWhenRegistered(JOB, fd.storageSide());
        fileDaemon.play(fdScript);
        return null;
      });
      director.play(dirScript);
      fdSide.get(60, TimeUnit.SECONDS);
      session.get(60, TimeUnit.SECONDS);
    }
    List<String> rechdr = fileDaemon.received().stream().filter(s -> s.startsWith("rechdr ")).toList();
    assertThat(rechdr).hasSize(recorded.size()).first().isEqualTo("rechdr 1 1795313292 1 1 96");
    assertThat(fileDaemon.received()).contains("3000 OK close Status = 82\n");
    assertThat(director.received())
        .contains("3099 Job " + JOB + " end JobStatus=84 JobFiles=0 JobBytes=0 JobErrors=0\n");
  }
}
