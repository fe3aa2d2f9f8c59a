package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads the volumes written by real Bareos 26 and compares with what the real {@code bls} printed about them. */
class GoldenVolumeTest {
  /** bls prints dates with the host's local time; the recording host ran on UTC (see the job names' times). */
  private static final DateTimeFormatter BLS_DATE =
      DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void fileIsTheOneBlsListed(String volume) throws Exception {
    BlsText bls = BlsText.load(volume);
    byte[] bytes = Files.readAllBytes(GoldenVolumes.volume(volume));
    assertThat((long) bytes.length).isEqualTo(bls.fileSize);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertThat(sha).isEqualTo(bls.sha256);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void volumeLabelFieldsEqualBls(String volume) throws IOException {
    BlsText bls = BlsText.load(volume);
    Map<String, String> expected = bls.labelSection("Volume Label");
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      VolumeLabel l = r.volumeLabel();
      assertThat(l.id()).isEqualTo(expected.get("Id") + "\n");
      assertThat(l.verNum()).isEqualTo(Long.parseLong(expected.get("VerNo")));
      assertThat(l.volumeName()).isEqualTo(expected.get("VolName")).isEqualTo(volume);
      assertThat(l.prevVolumeName()).isEqualTo(expected.get("PrevVolName"));
      assertThat(l.type().name()).isEqualTo(expected.get("LabelType"));
      assertThat(l.encode().length).isEqualTo(Integer.parseInt(expected.get("LabelSize")));
      assertThat(l.poolName()).isEqualTo(expected.get("PoolName"));
      assertThat(l.mediaType()).isEqualTo(expected.get("MediaType"));
      assertThat(l.poolType()).isEqualTo(expected.get("PoolType"));
      assertThat(l.hostName()).isEqualTo(expected.get("HostName"));
      assertThat(BLS_DATE.format(Instant.EPOCH.plusNanos(l.labelBtime() * 1000)))
          .isEqualTo(expected.get("Date label written"));
      assertThat(l.writeDate()).isZero();
      assertThat(l.writeTime()).isZero();
      assertThat(l.labelProg()).isEqualTo(bls.writtenVia);
      assertThat(l.progVersion()).startsWith("Ver. ");
      assertThat(l.progDate()).startsWith("Build ");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void sessionLabelFieldsEqualBls(String volume) throws IOException {
    BlsText bls = BlsText.load(volume);
    List<SessionLabel> labels = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        int fi = rec.get().record().fileIndex();
        if (fi == LabelType.SOS_LABEL.fileIndex() || fi == LabelType.EOS_LABEL.fileIndex()) {
          SessionLabel s = r.sessionLabel(rec.get());
          assertThat((long) rec.get().record().stream()).isEqualTo(s.jobId());
          labels.add(s);
        }
      }
    }
    assertThat(labels).extracting(SessionLabel::type).containsExactly(LabelType.SOS_LABEL, LabelType.EOS_LABEL);
    assertSessionFields(labels.get(0), bls.labelSection("Begin Job Session Record"));
    Map<String, String> eos = bls.labelSection("End Job Session Record");
    SessionLabel e = labels.get(1);
    assertSessionFields(e, eos);
    SessionLabel.Totals t = e.eosTotals().orElseThrow();
    assertThat(t.jobFiles()).isEqualTo(Long.parseLong(eos.get("JobFiles")));
    assertThat(t.jobBytes()).isEqualTo(Long.parseLong(eos.get("JobBytes").replace(",", "")));
    assertThat(t.startBlock()).isEqualTo(Long.parseLong(eos.get("StartBlock")));
    assertThat(t.endBlock()).isEqualTo(Long.parseLong(eos.get("EndBlock")));
    assertThat(t.startFile()).isEqualTo(Long.parseLong(eos.get("StartFile")));
    assertThat(t.endFile()).isEqualTo(Long.parseLong(eos.get("EndFile")));
    assertThat(t.jobErrors()).isEqualTo(Long.parseLong(eos.get("JobErrors")));
    assertThat(Character.toString((int) t.jobStatus())).isEqualTo(eos.get("JobStatus"));
  }

  private static void assertSessionFields(SessionLabel s, Map<String, String> expected) {
    assertThat(s.jobId()).isEqualTo(Long.parseLong(expected.get("JobId")));
    assertThat(s.verNum()).isEqualTo(Long.parseLong(expected.get("VerNum")));
    assertThat(s.poolName()).isEqualTo(expected.get("PoolName"));
    assertThat(s.poolType()).isEqualTo(expected.get("PoolType"));
    assertThat(s.jobName()).isEqualTo(expected.get("JobName"));
    assertThat(s.clientName()).isEqualTo(expected.get("ClientName"));
    assertThat(s.job()).isEqualTo(expected.get("Job (unique name)"));
    assertThat(s.fileSetName()).isEqualTo(expected.get("FileSet"));
    assertThat(Character.toString((int) s.jobType())).isEqualTo(expected.get("JobType"));
    assertThat(Character.toString((int) s.jobLevel())).isEqualTo(expected.get("JobLevel"));
    assertThat(BLS_DATE.format(Instant.EPOCH.plusNanos(s.writeBtime() * 1000))).isEqualTo(expected.get("Date written"));
    assertThat(s.fileSetMd5()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void blocksAndRecordHeadersEqualBlsDump(String volume) throws IOException {
    BlsText bls = BlsText.load(volume);
    List<Block> blocks = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      for (Optional<Block> b; (b = r.nextBlock()).isPresent(); ) {
        blocks.add(b.get());
      }
    }
    assertThat(bls.blocks).hasSizeGreaterThanOrEqualTo(2);
    assertThat(blocks).hasSameSizeAs(bls.blocks);
    long address = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      BlsText.DumpedBlock d = bls.blocks.get(i);
      assertThat(b.address()).isEqualTo(address);
      assertThat((long) b.length()).isEqualTo(d.size());
      assertThat(b.blockNumber()).isEqualTo(d.blockNumber());
      assertThat(b.header().version()).isEqualTo(BlockVersion.BB02);
      assertThat(b.header().checksum()).isEqualTo(d.headerChecksum());
      assertThat(BlockHeader.checksumOf(b.bytes(), b.length())).isEqualTo(d.checksum());
      List<BlsText.DumpedRecord> expected = bls.recordsOf(d);
      List<Block.RecordFragment> fragments = b.fragments();
      assertThat(fragments).hasSameSizeAs(expected);
      for (int k = 0; k < fragments.size(); k++) {
        RecordHeader h = fragments.get(k).header();
        BlsText.DumpedRecord e = expected.get(k);
        assertThat(new long[] {h.volSessionId(), h.volSessionTime(), h.fileIndex(), h.stream(), h.remaining()})
            .as("block %d record %d", i, k)
            .containsExactly(e.volSessionId(), e.volSessionTime(), e.fileIndex(), e.stream(), e.length());
      }
      address += b.length();
    }
    assertThat(address).isEqualTo(bls.fileSize);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void recordsAndFileNamesEqualBlsListing(String volume) throws IOException {
    BlsText bls = BlsText.load(volume);
    List<Record> data = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      r.select(RecordSelection.all().withLabels(false));
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        data.add(rec.get().record());
      }
      assertThat(r.unfinishedRecords()).isZero();
    }
    assertThat(bls.listed).isNotEmpty();
    assertThat(data).hasSameSizeAs(bls.listed);
    int files = 0;
    for (int i = 0; i < data.size(); i++) {
      Record rec = data.get(i);
      BlsText.ListedRecord e = bls.listed.get(i);
      assertThat(new long[] {rec.fileIndex(), rec.stream(), rec.length()})
          .containsExactly(e.fileIndex(), e.stream(), e.dataLength());
      if (e.streamName().equals("UATTR")) {
        files++;
        String[] parts = new String(rec.data(), StandardCharsets.UTF_8).split("\0", -1);
        String[] head = parts[0].split(" ", 3);
        assertThat(Integer.parseInt(head[0])).isEqualTo(rec.fileIndex());
        String name = parts[2].isEmpty() ? head[2] : head[2] + " -> " + parts[2];
        assertThat(name).isEqualTo(e.detail().get(1));
      }
    }
    assertThat(bls.filesFoundLine).isEqualTo(files + " files and directories found.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void labelRecordsEqualBlsListing(String volume) throws IOException {
    BlsText bls = BlsText.load(volume);
    Pattern line = Pattern.compile("^(Volume Label|Begin Job Session|End Job Session) Record: VolSessionId=(\\d+) "
        + "VolSessionTime=(\\d+) JobId=(\\d+) DataLen=(\\d+)$");
    List<String> expected = new ArrayList<>();
    for (String l : bls.verboseListingLines) {
      Matcher m = line.matcher(l);
      if (m.find() && !l.startsWith("End of Physical")) {
        expected.add(m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
      }
    }
    List<String> actual = new ArrayList<>();
    try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
      r.select(new RecordSelection(List.of(), List.of(), true));
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        Record x = rec.get().record();
        if (x.isLabel()) {
          actual.add(x.volSessionId() + " " + x.volSessionTime() + " " + x.stream() + " " + x.length());
        }
      }
    }
    assertThat(actual).hasSize(3).isEqualTo(expected);
  }

  @Test
  void randomBinReassembledHasTheMd5OfTheReadme() throws Exception {
    String readme = Files.readString(GoldenVolumes.dir().resolveSibling("README.md"));
    Matcher m = Pattern.compile("`random\\.bin`.*md5 `([0-9a-f]{32})`").matcher(readme);
    assertThat(m.find()).isTrue();
    for (String volume : new String[] {"Full-0001", "Copy-0003"}) {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      int randomIndex = -1;
      long bytes = 0;
      try (VolumeReader r = VolumeReader.open(GoldenVolumes.volume(volume))) {
        for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
          Record x = rec.get().record();
          if (x.stream() == 1 && new String(x.data(), StandardCharsets.UTF_8).split("\0")[0].endsWith("/random.bin")) {
            randomIndex = x.fileIndex();
          } else if (x.fileIndex() == randomIndex && x.stream() == 2) {
            md5.update(x.data());
            bytes += x.length();
          }
        }
      }
      assertThat(randomIndex).as(volume).isPositive();
      assertThat(bytes).isEqualTo(300 * 1024);
      assertThat(HexFormat.of().formatHex(md5.digest())).as(volume).isEqualTo(m.group(1));
    }
  }
}
