package org.jbareos.storage.append;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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
import org.jbareos.volume.LabelType;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.jbareos.volume.VolumeLabel;
import org.jbareos.volume.VolumeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SD side of the recorded backups ({@code backup-full.txt} and {@code backup-incremental.txt}, connections #2
 * dir-&gt;sd and #4 fd-&gt;sd): a scripted Director and a scripted File Daemon replay their recorded messages from the
 * job command and from {@code append open session} on; every frame our SD sends must equal the recorded SD's frame
 * (session key, VolWriteTime and the archive directory normalized; for the incremental job, whose recording saw the
 * SD's clock tick, also the message times), and the volume it writes holds the records of the recorded volume.
 */
class RecordedBackupTest {

  /**
   * @param jobTime the {@code level=} of the recorded SD's first job messages: its clock during the job
   * @param earlierJobs the jobs the recorded SD had run before (this job's VolSessionId is one more)
   */
  record Recording(String transcript, String job, long jobTime, long earlierJobs, String volume, String endLine,
      boolean clockMoved) {
    @Override
    public String toString() {
      return transcript;
    }
  }

  static List<Recording> recordings() {
    return List.of(
        new Recording("backup-full.txt", "backup-bareos-fd.2026-11-22_02.09.08_03", 1_795_313_351L, 0, "Full-0001",
            "end JobStatus=84 JobFiles=11 JobBytes=308506 JobErrors=0\n", false),
        new Recording("backup-incremental.txt", "backup-bareos-fd.2026-11-22_02.09.27_05", 1_795_313_369L, 1,
            "Incr-0002", "end JobStatus=84 JobFiles=3 JobBytes=393 JobErrors=0\n", true));
  }

  @ParameterizedTest
  @MethodSource("recordings")
  void replaysTheRecordedBackupFrameForFrame(Recording recording, @TempDir Path archive) throws Exception {
    String job = recording.job();
    Path recordedVolume = SharedData.conformance("volumes/" + recording.volume());
    UnaryOperator<String> normalize = recording.clockMoved()
        ? RecordedRun.timeMaskingNormalizer(archive) : RecordedRun.normalizer(archive);
    Transcript transcript = Transcript.conformance(recording.transcript());
    List<TranscriptMessage> dirScript = RecordedRun.from(transcript.connectionBetween("dir", "sd"),
        m -> m.isFrom("dir", "sd") && m.text().startsWith("JobId="));
    List<TranscriptMessage> fdScript = RecordedRun.from(transcript.connectionBetween("fd", "sd"),
        m -> m.isFrom("fd", "sd") && m.text().startsWith("append open session"));
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
      director = new ScriptedPeer("dir", dir.peerSide(), normalize, RecordedRun.completer(recorded));
      fileDaemon = new ScriptedPeer("fd", fd.peerSide(), normalize, RecordedRun.completer(recorded));
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
    assertThat(director.received()).hasSize(count(dirScript, "sd", "dir"))
        .contains("3099 Job " + job + " " + recording.endLine());
    assertThat(fileDaemon.received()).hasSize(count(fdScript, "sd", "fd")).contains("3000 OK append data\n");
    assertThat(services.jobs().size()).isZero();

    Path written = archive.resolve(recording.volume());
    assertThat(Files.size(written)).isEqualTo(Files.size(recordedVolume));
    assertThat(RecordedRun.dataRecords(written)).containsExactlyElementsOf(recorded);
    assertSameLabels(written, recordedVolume);
  }

  private static int count(List<TranscriptMessage> script, String from, String to) {
    return (int) script.stream().filter(m -> m.isFrom(from, to)).count();
  }

  /** Labels equal the recorded ones except for their write times. */
  private static void assertSameLabels(Path written, Path recorded) throws Exception {
    try (VolumeReader ours = VolumeReader.open(written); VolumeReader theirs = VolumeReader.open(recorded)) {
      VolumeLabel a = ours.volumeLabel();
      VolumeLabel b = theirs.volumeLabel();
      assertThat(a.withWriteBtime(0)).usingRecursiveComparison().ignoringFields("labelBtime")
          .isEqualTo(b.withWriteBtime(0));
      List<Record> ourRecords = RecordedRun.allRecords(written);
      List<Record> theirRecords = RecordedRun.allRecords(recorded);
      assertThat(ourRecords).hasSameSizeAs(theirRecords);
      for (int i = 0; i < ourRecords.size(); i++) {
        Record o = ourRecords.get(i);
        Record t = theirRecords.get(i);
        assertThat(o.fileIndex()).isEqualTo(t.fileIndex());
        assertThat(o.stream()).isEqualTo(t.stream());
        if (o.fileIndex() == LabelType.SOS_LABEL.fileIndex() || o.fileIndex() == LabelType.EOS_LABEL.fileIndex()) {
          LabelType type = LabelType.fromFileIndex(o.fileIndex()).orElseThrow();
          SessionLabel os = SessionLabel.decode(type, o.data());
          SessionLabel ts = SessionLabel.decode(type, t.data());
          assertThat(os).usingRecursiveComparison().ignoringFields("writeBtime").isEqualTo(ts);
        }
      }
    }
  }
}
