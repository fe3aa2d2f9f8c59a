package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.KitRecords;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records of the kit's data set against the fd->sd data stream of backup-full.txt. */
class KitDataSetRecordsTest {

  @TempDir Path temp;

  /** Name relative to the data set -> that file's records, for the kit and for us. */
  private static Map<String, List<KitRecords.Record>> kitByName() throws Exception {
    List<KitRecords.Record> all = KitRecords.of("backup-full.txt");
    Map<String, List<KitRecords.Record>> byName = new HashMap<>();
    for (KitRecords.Record r : all) {
      if (r.stream() == 1) {
        String name = AttributeRecord.parse(r.frames().get(0).payload()).fileName()
            .substring(KitDataSet.KIT_ROOT.length());
        byName.put(name, all.stream().filter(x -> x.fileIndex() == r.fileIndex()).toList());
      }
    }
    return byName;
  }

  @Test
  void everyFileSendsTheSameStreamsAndBytesAsTheRealFd() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    RecordedBackup backup = RecordedBackup.run(FindFileSet.of(WalkTestFileSets.kit(data)), Optional.empty());
    Map<String, List<KitRecords.Record>> kit = kitByName();

    assertThat(backup.messages()).isEmpty();
    for (RecordedBackup.Sent attributes : backup.records().stream().filter(r -> r.stream() == 1).toList()) {
      AttributeRecord ours = AttributeRecord.parse(attributes.frames().get(0));
      String name = ours.fileName().substring(data.toString().length());
      List<KitRecords.Record> theirs = kit.get(name);
      List<RecordedBackup.Sent> mine = backup.ofFile(attributes.fileIndex());
      assertThat(mine).as(name).extracting(RecordedBackup.Sent::stream)
          .containsExactlyElementsOf(theirs.stream().map(KitRecords.Record::stream).toList());
      for (int i = 1; i < mine.size(); i++) {
        List<byte[]> frames = mine.get(i).frames();
        List<TranscriptMessage> kitFrames = theirs.get(i).frames();
        assertThat(frames).as(name + " frames of stream " + mine.get(i).stream()).hasSameSizeAs(kitFrames);
        for (int f = 0; f < frames.size(); f++) {
          TranscriptMessage kitFrame = kitFrames.get(f);
          assertThat(frames.get(f).length).as(name + " frame length").isEqualTo(kitFrame.header());
          byte[] prefix = Arrays.copyOf(frames.get(f), kitFrame.payload().length);
          assertThat(prefix).as(name + " frame bytes").isEqualTo(kitFrame.payload());
        }
      }
    }
  }

  @Test
  void tapeOptionsAndRandomBinMatchTheTranscriptAndTheKitDigests() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    RecordedBackup backup = RecordedBackup.run(FindFileSet.of(WalkTestFileSets.kit(data)), Optional.empty());

    RecordedBackup.Sent tapeData = find(backup, data + "/tape_options", 2);
    assertThat(tapeData.frames()).hasSize(1);
    assertThat(new String(tapeData.frames().get(0))).isEqualTo("# nothing needed for Linux\n");
    assertThat(hex(find(backup, data + "/tape_options", 3).joined())).isEqualTo("1b4343091d008a398388b767d03df7e8");

    RecordedBackup.Sent random = find(backup, data + "/random.bin", 2);
    assertThat(random.frames()).extracting(f -> f.length).containsExactly(262144, 45056);
    assertThat(random.joined()).isEqualTo(KitDataSet.randomBin());
    assertThat(hex(find(backup, data + "/random.bin", 3).joined())).isEqualTo("a6f47a10b208736150710e5c97aeda09");
  }

  @Test
  void totalsEqualTheRealFdsEndJobReport() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    RecordedBackup backup = RecordedBackup.run(FindFileSet.of(WalkTestFileSets.kit(data)), Optional.empty());

    String endJob = Transcript.conformance("backup-full.txt").connectionBetween("dir", "fd").stream()
        .filter(m -> !m.isSignal() && m.text().startsWith("2800 End Job")).findFirst().orElseThrow().text();
    Matcher m = Pattern.compile("JobFiles=(\\d+) ReadBytes=(\\d+) JobBytes=(\\d+) Errors=(\\d+)").matcher(endJob);
    assertThat(m.find()).isTrue();
    assertThat(backup.totals().jobFiles()).isEqualTo(Long.parseLong(m.group(1)));
    assertThat(backup.totals().readBytes()).isEqualTo(Long.parseLong(m.group(2)));
    assertThat(backup.totals().jobBytes()).isEqualTo(Long.parseLong(m.group(3)));
    assertThat(backup.totals().jobErrors()).isEqualTo(Long.parseLong(m.group(4)));
  }

  static RecordedBackup.Sent find(RecordedBackup backup, String fname, int stream) throws Exception {
    for (RecordedBackup.Sent r : backup.records()) {
      if (r.stream() == 1 && AttributeRecord.parse(r.frames().get(0)).fileName().equals(fname)) {
        return backup.ofFile(r.fileIndex()).stream().filter(x -> x.stream() == stream).findFirst().orElseThrow();
      }
    }
    throw new AssertionError("no record for " + fname);
  }

  static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
