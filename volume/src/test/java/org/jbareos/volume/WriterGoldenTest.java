package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewrites the golden volumes with our {@link VolumeWriter} from the records read out of them: with the same label
 * times the files are byte-identical; with other times only the btime fields and the block checksums differ.
 */
class WriterGoldenTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002", "Copy-0003"})
  void sameContentAndTimesGiveTheSameBytes(String volume) throws Exception {
    GoldenVolumeContent golden = GoldenVolumeContent.read(GoldenVolumes.volume(volume));
    List<WrittenBlock> written = new ArrayList<>();
    Path ours = tmp.resolve(volume);
    List<RecordAddress> addresses =
        golden.writeTo(ours, WriterOptions.defaults().withOnBlockWritten(written::add), 0);

    assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(GoldenVolumes.volume(volume)));
    assertThat(written).hasSameSizeAs(golden.blocks());
    for (int i = 0; i < written.size(); i++) {
      Block g = golden.blocks().get(i);
      WrittenBlock w = written.get(i);
      assertThat(w.address()).isEqualTo(g.address());
      assertThat(w.length()).isEqualTo(g.length());
      assertThat(w.blockNumber()).isEqualTo(g.blockNumber());
      assertThat(w.checksum()).isEqualTo(g.header().checksum());
      assertThat(w.endAddress()).isEqualTo(g.address() + g.length() - 1);
    }
    for (int i = 0; i < addresses.size(); i++) {
      assertThat(addresses.get(i).firstBlockAddress()).isEqualTo(golden.records().get(i).blockAddress());
      assertThat(addresses.get(i).firstBlockNumber()).isEqualTo(golden.records().get(i).blockNumber());
    }
    // Bareos wrote the EOS label before its only data block: EndBlock is then the last byte of the label block,
    // which is what lastWrittenBlock() reports before the session's first block goes out.
    SessionLabel eos = golden.records().stream().map(PositionedRecord::record)
        .filter(r -> r.fileIndex() == LabelType.EOS_LABEL.fileIndex()).findFirst()
        .map(r -> {
          try {
            return SessionLabel.decode(LabelType.EOS_LABEL, r.data());
          } catch (LabelFormatException e) {
            throw new AssertionError(e);
          }
        }).orElseThrow();
    assertThat(eos.totals().endBlock()).isEqualTo(written.get(0).endAddress());
    try (VolumeWriter w = VolumeWriter.create(tmp.resolve("again"), golden.label(),
        golden.labelRecord().volSessionId(), golden.labelRecord().volSessionTime(),
        WriterOptions.defaults().withLabelStream(golden.labelRecord().stream()))) {
      assertThat(w.lastWrittenBlock()).contains(written.get(0));
      assertThat(w.position()).isEqualTo(written.get(0).length());
    }
    WrittenBlock data = written.get(written.size() - 1);
    assertThat(data.firstFileIndex()).isEqualTo(1);
    assertThat(data.lastFileIndex()).isEqualTo(
        golden.records().stream().mapToInt(p -> p.record().fileIndex()).max().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Full-0001", "Incr-0002"})
  void otherTimesChangeOnlyBtimeFieldsAndChecksums(String volume) throws Exception {
    GoldenVolumeContent golden = GoldenVolumeContent.read(GoldenVolumes.volume(volume));
    Path ours = tmp.resolve(volume);
    long hour = 3_600_000_000L;
    golden.writeTo(ours, WriterOptions.defaults(), hour);
    byte[] a = Files.readAllBytes(GoldenVolumes.volume(volume));
    byte[] b = Files.readAllBytes(ours);
    assertThat(b).hasSameSizeAs(a);

    // Where a clock value may differ: each block's CheckSum, the label's label_btime and write_btime,
    // and each session label's write_btime (PROTOCOL.md §8 layouts).
    BitSet allowed = new BitSet();
    int idLen = Label.BAREOS_ID.length() + 1;
    for (Block blk : golden.blocks()) {
      allowed.set((int) blk.address(), (int) blk.address() + 4);
    }
    int labelData = 24 + RecordHeader.LENGTH;
    allowed.set(labelData + idLen + 4, labelData + idLen + 4 + 16);
    for (PositionedRecord p : golden.records()) {
      if (p.record().isLabel()) {
        int data = (int) p.headerOffset() + RecordHeader.LENGTH;
        allowed.set(data + idLen + 8, data + idLen + 8 + 8);
      }
    }
    BitSet differing = new BitSet();
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        differing.set(i);
      }
    }
    BitSet outside = (BitSet) differing.clone();
    outside.andNot(allowed);
    assertThat(outside.isEmpty()).as("bytes differing outside btime/checksum fields: %s", outside).isTrue();
    assertThat(differing.cardinality()).isGreaterThan(golden.blocks().size() * 2);

    try (VolumeReader r = VolumeReader.open(ours)) {
      assertThat(r.volumeLabel().labelBtime()).isEqualTo(golden.label().labelBtime() + hour);
      int blocks = 0;
      for (Optional<Block> blk; (blk = r.nextBlock()).isPresent(); blocks++) {
        assertThat(blk.get().length()).isEqualTo(golden.blocks().get(blocks).length());
      }
      assertThat(blocks).isEqualTo(golden.blocks().size());
    }
  }
}
