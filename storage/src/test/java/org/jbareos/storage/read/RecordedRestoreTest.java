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
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.jbareos.volume.Record;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SD side of the recorded reads ({@code restore.txt} reading {@code volumes/Full-0001}, {@code
 * verify-volume.txt} reading {@code volumes/Incr-0002}; #2 dir-&gt;sd and #4 fd-&gt;sd): the bootstrap, the read
 * session and every {@code rechdr} + data frame our SD sends equal the recorded ones (the 262144- and 45056-byte
 * frames in full, against the volume's records).
 */
class RecordedRestoreTest {

  /**
   * @param jobTime the recorded SD's clock during the job ({@code level=})
   * @param earlierJobs the jobs the recorded SD had run before (this job's VolSessionId is one more)
   */
  record Recording(String transcript, String job, long jobTime, long earlierJobs, String volume, int records) {
    @Override
    public String toString() {
      return transcript;
    }
  }

  static List<Recording> recordings() {
    return List.of(
        new Recording("restore.txt", "RestoreFiles.2026-11-22_02.09.39_07", 1_795_313_383L, 2, "Full-0001", 27),
        new Recording("verify-volume.txt", "verify-volume.2026-11-22_02.09.51_09", 1_795_313_393L, 3, "Incr-0002",
            7));
  }

  @ParameterizedTest
  @MethodSource("recordings")
  void replaysTheRecordedReadFrameForFrame(Recording recording, @TempDir Path archive) throws Exception {
    String job = recording.job();
    Path recordedVolume = SharedData.conformance("volumes/" + recording.volume());
    Files.copy(recordedVolume, archive.resolve(recording.volume()));
    Transcript transcript = Transcript.conformance(recording.transcript());
    List<TranscriptMessage> dirScript = RecordedRun.from(transcript.connectionBetween("dir", "sd"),
        m -> m.isFrom("dir", "sd") && m.text().startsWith("JobId="));
    List<TranscriptMessage> fdScript = throughCloseReply(RecordedRun.from(transcript.connectionBetween("fd", "sd"),
        m -> m.isFrom("fd", "sd") && m.text().startsWith("read open session")));
    List<Record> recorded = RecordedRun.dataRecords(recordedVolume);

    Device device = new Device("FileStorage", "File", archive, 1_048_576, true, true);
    JobServices services = new JobServices(RecordedRun.identity(recording.jobTime(), recordedVolume),
        new StorageDevices(List.of(device)),
        new JobRegistry(RecordedRun.SD_START, recording.earlierJobs(), new SessionKey()), Duration.ofSeconds(30));
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
        sd.attachWhenRegistered(job, fd.storageSide());
        fileDaemon.play(fdScript);
        return null;
      });
      director.play(dirScript);
      fdSide.get(60, TimeUnit.SECONDS);
      session.get(60, TimeUnit.SECONDS);
    }
    List<String> rechdr = fileDaemon.received().stream().filter(s -> s.startsWith("rechdr ")).toList();
    assertThat(rechdr).hasSize(recording.records()).hasSize(recorded.size());
    assertThat(fileDaemon.received()).contains("3000 OK close Status = 82\n");
    assertThat(director.received())
        .contains("3099 Job " + job + " end JobStatus=84 JobFiles=0 JobBytes=0 JobErrors=0\n");
  }

  /**
   * The File Daemon's script up to the SD's EOD after {@code 3000 OK close}; the File Daemon's second TERMINATE of
   * the recording reaches a closed connection.
   */
  private static List<TranscriptMessage> throughCloseReply(List<TranscriptMessage> script) {
    for (int i = 0, closeAt = -1; i < script.size(); i++) {
      TranscriptMessage m = script.get(i);
      if (m.isFrom("sd", "fd") && !m.isSignal() && m.text().startsWith("3000 OK close")) {
        closeAt = i;
      }
      if (closeAt >= 0 && m.isFrom("sd", "fd") && m.header() == Signal.EOD.value()) {
        return script.subList(0, i + 1);
      }
    }
    throw new AssertionError("no close reply in the script");
  }
}
