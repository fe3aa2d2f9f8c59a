package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Appending, seeking to a VolAddr, selecting by session and FileIndex, reading BB01 blocks. */
class ReaderWriterTest {
  @TempDir Path tmp;

  private static List<Record> session(long id, int files) {
    List<Record> out = new ArrayList<>();
    for (int fi = 1; fi <= files; fi++) {
      byte[] a = ("attr of " + id + "/" + fi).getBytes(StandardCharsets.UTF_8);
      out.add(new Record(id, TestVolumes.SESSION_TIME, fi, 1, a));
      out.add(new Record(id, TestVolumes.SESSION_TIME, fi, 2, TestVolumes.record(fi, 2, 300 + fi * 50, fi).data()));
    }
    return out;
  }

  private static List<Record> readAll(VolumeReader r) throws Exception {
    List<Record> out = new ArrayList<>();
    for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
      out.add(rec.get().record());
    }
    return out;
  }

  @Test
  void appendContinuesAtTheEndWithTheNextBlockNumber() throws Exception {
    Path vol = tmp.resolve("Full-0009");
    WriterOptions opts = WriterOptions.defaults().withMaxBlockSize(512);
    List<Record> first = session(1, 4);
    TestVolumes.write(vol, opts, first);
    List<Block> before = TestVolumes.blocks(vol);
    long size = Files.size(vol);

    List<WrittenBlock> written = new ArrayList<>();
    List<Record> second = session(2, 3);
    try (VolumeWriter w = VolumeWriter.append(vol, opts.withOnBlockWritten(written::add))) {
      assertThat(w.label().volumeName()).isEqualTo("Full-0009");
      assertThat(w.position()).isEqualTo(size);
      WrittenBlock lastFound = w.lastWrittenBlock().orElseThrow();
      assertThat(lastFound.address()).isEqualTo(before.get(before.size() - 1).address());
      assertThat(lastFound.endAddress()).isEqualTo(size - 1);
      SessionLabel sos = TestVolumes.sos(2);
      w.writeSessionLabel(sos, 2, TestVolumes.SESSION_TIME);
      for (Record r : second) {
        w.write(r);
      }
      w.writeSessionLabel(TestVolumes.eos(sos, 3), 2, TestVolumes.SESSION_TIME);
    }
    assertThat(written.get(0).address()).isEqualTo(size);
    assertThat(written.get(0).blockNumber()).isEqualTo(before.get(before.size() - 1).blockNumber() + 1);

    try (VolumeReader r = VolumeReader.open(vol)) {
      r.select(RecordSelection.all().withLabels(false));
      List<Record> all = readAll(r);
      List<Record> expected = new ArrayList<>(first);
      expected.addAll(second);
      assertThat(all).containsExactlyElementsOf(expected);
    }
    try (VolumeReader r = VolumeReader.open(vol)) {
      r.select(RecordSelection.all().withSession(2, TestVolumes.SESSION_TIME).withFileIndexes(2, 2));
      assertThat(readAll(r)).extracting(Record::fileIndex, Record::stream, Record::volSessionId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(-4, 2, 2L),
              org.assertj.core.groups.Tuple.tuple(2, 1, 2L),
              org.assertj.core.groups.Tuple.tuple(2, 2, 2L),
              org.assertj.core.groups.Tuple.tuple(-5, 2, 2L));
    }
  }

  @Test
  void recordsComeBackWholeAcrossReadWindowsAndBlocksLargerThanAWindow() throws Exception {
    // the reader reads BlockReader.WINDOW_SIZE bytes at once: blocks straddle window ends, and a block larger than
    // a window is read on its own; records above the preallocation limit grow as they are read
    int[] lengths = {1, 300_000, 65_000, 1_000_000, RecordReassembler.PREALLOCATION_LIMIT + 70_000, 12, 2_500_000,
        999_999, 64_000, 3};
    List<Record> records = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      records.add(TestVolumes.record(i + 1, 2, lengths[i], i));
    }
    for (int blockSize : new int[] {64_512, BlockReader.WINDOW_SIZE + 4096}) {
      Path vol = tmp.resolve("Window-" + blockSize);
      TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(blockSize), records);
      assertThat(Files.size(vol)).isGreaterThan(2L * BlockReader.WINDOW_SIZE);
      assertThat(TestVolumes.readData(vol)).extracting(PositionedRecord::record).containsExactlyElementsOf(records);
      List<Block> blocks = TestVolumes.blocks(vol);
      assertThat(blocks.get(blocks.size() - 1).address() + blocks.get(blocks.size() - 1).length())
          .isEqualTo(Files.size(vol));
    }
  }

  @Test
  void appendRefusesADamagedVolume() throws Exception {
    Path vol = tmp.resolve("Full-0010");
    TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(512), session(1, 3));
    byte[] b = Files.readAllBytes(vol);
    Files.write(vol, java.util.Arrays.copyOf(b, b.length - 3));
    assertThatThrownBy(() -> VolumeWriter.append(vol, WriterOptions.defaults()))
        .isInstanceOf(VolumeFormatException.class).hasMessageContaining("truncated block");
    assertThat(Files.size(vol)).isEqualTo(b.length - 3);
  }

  @Test
  void appendChecksTheLastBlocksChecksum() throws Exception {
    Path vol = tmp.resolve("Full-0012");
    TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(512), session(1, 3));
    byte[] b = Files.readAllBytes(vol);
    b[b.length - 2] ^= 0x55; // inside the last block's records
    Files.write(vol, b);
    assertThatThrownBy(() -> VolumeWriter.append(vol, WriterOptions.defaults()))
        .isInstanceOf(VolumeFormatException.class).hasMessageContaining("checksum mismatch");
  }

  @Test
  void seekToARecordAddressReadsFromThere() throws Exception {
    Path vol = tmp.resolve("Full-0011");
    List<Record> records = session(1, 6);
    List<RecordAddress> addr = TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(400), records);
    int pick = 6; // the attribute record of FileIndex 4
    try (VolumeReader r = VolumeReader.open(vol)) {
      r.seek(addr.get(pick).firstBlockAddress());
      r.select(RecordSelection.all().withFileIndexes(records.get(pick).fileIndex(), Integer.MAX_VALUE)
          .withLabels(false));
      List<Record> got = readAll(r);
      assertThat(got).containsExactlyElementsOf(records.subList(pick, records.size()));
    }
    try (VolumeReader r = VolumeReader.open(vol)) {
      r.seek(7);
      assertThatThrownBy(r::nextRecord).isInstanceOf(VolumeFormatException.class).hasMessageContaining("at offset 7");
    }
  }

  @Test
  void firstRecordMustBeAVolumeLabel() throws Exception {
    Path vol = tmp.resolve("NoLabel");
    try (VolumeWriter w = VolumeWriter.create(vol, TestVolumes.label("NoLabel"), 1, 1, WriterOptions.defaults())) {
      w.write(new Record(1, 1, 1, 1, new byte[3]));
    }
    byte[] b = Files.readAllBytes(vol);
    Path headless = tmp.resolve("Headless");
    int labelBlock = BlockHeader.getInt(b, 4);
    Files.write(headless, java.util.Arrays.copyOfRange(b, labelBlock, b.length));
    assertThatThrownBy(() -> VolumeReader.open(headless)).isInstanceOf(VolumeFormatException.class)
        .hasMessageContaining("expecting the volume label, got FileIndex=1");
    Path empty = Files.write(tmp.resolve("Empty"), new byte[0]);
    assertThatThrownBy(() -> VolumeReader.open(empty)).hasMessageContaining("no volume label");
  }

  @Test
  void bb01BlocksAreReadWithSessionIdsFromRecordHeaders() throws Exception {
    byte[] label = TestVolumes.label("Old-0001").encode();
    byte[] data = "hello".getBytes(StandardCharsets.US_ASCII);
    byte[] block = new byte[16 + 20 + label.length + 20 + data.length];
    BlockHeader.putInt(block, 4, block.length);
    BlockHeader.putInt(block, 8, 0);
    System.arraycopy("BB01".getBytes(StandardCharsets.US_ASCII), 0, block, 12, 4);
    int p = 16;
    for (Object[] rec : new Object[][] {{7, 99, -2, 0, label}, {8, 98, 1, 2, data}}) {
      byte[] d = (byte[]) rec[4];
      BlockHeader.putInt(block, p, (Integer) rec[0]);
      BlockHeader.putInt(block, p + 4, (Integer) rec[1]);
      BlockHeader.putInt(block, p + 8, (Integer) rec[2]);
      BlockHeader.putInt(block, p + 12, (Integer) rec[3]);
      BlockHeader.putInt(block, p + 16, d.length);
      System.arraycopy(d, 0, block, p + 20, d.length);
      p += 20 + d.length;
    }
    BlockHeader.seal(block, block.length);
    Path vol = Files.write(tmp.resolve("Old-0001"), block);
    try (VolumeReader r = VolumeReader.open(vol)) {
      assertThat(r.volumeLabel().volumeName()).isEqualTo("Old-0001");
      List<Record> all = readAll(r);
      assertThat(all).hasSize(2);
      assertThat(all.get(1)).isEqualTo(new Record(8, 98, 1, 2, data));
      r.seek(0);
      assertThat(r.nextBlock().orElseThrow().header().version()).isEqualTo(BlockVersion.BB01);
    }
  }

  @Test
  void checksumsCanBeOffForBlockChecksumNo() throws Exception {
    Path vol = tmp.resolve("NoSum");
    TestVolumes.write(vol, WriterOptions.defaults().withChecksums(false), session(1, 2));
    assertThatThrownBy(() -> VolumeReader.open(vol)).hasMessageContaining("block checksum mismatch");
    try (VolumeReader r = VolumeReader.open(vol, false)) {
      r.seek(0);
      assertThat(r.nextBlock().orElseThrow().header().checksum()).isZero();
      assertThat(readAll(r)).hasSize(2 * 2 + 2);
    }
  }

  @Test
  void writerStateIsChecked() throws Exception {
    Path vol = tmp.resolve("Closed");
    VolumeWriter w = VolumeWriter.create(vol, TestVolumes.label("Closed"), 1, 1, WriterOptions.defaults());
    w.close();
    assertThatThrownBy(() -> w.write(new Record(1, 1, 1, 1, new byte[1]))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> VolumeWriter.create(vol, TestVolumes.label("Closed"), 1, 1, WriterOptions.defaults()))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    assertThatThrownBy(() -> WriterOptions.defaults().withMaxBlockSize(36)).isInstanceOf(IllegalArgumentException.class);
    try (VolumeWriter small = VolumeWriter.create(tmp.resolve("Small"), TestVolumes.label("Small"), 1, 1,
        WriterOptions.defaults().withMaxBlockSize(100))) {
      assertThatThrownBy(() -> small.write(new Record(1, 1, 1, 0, new byte[200])))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Stream 0");
      small.write(new Record(1, 1, 1, 0, new byte[10]));
    }
  }

  @Test
  void interleavedSessionsKeepTheirRecordsApart() throws Exception {
    Path vol = tmp.resolve("Mixed-0001");
    List<Record> one = session(1, 5);
    List<Record> two = session(2, 5);
    try (VolumeWriter w = VolumeWriter.create(vol, TestVolumes.label("Mixed-0001"), 1, TestVolumes.SESSION_TIME,
        WriterOptions.defaults().withMaxBlockSize(700))) {
      for (int i = 0; i < one.size(); i++) {
        w.write(one.get(i));
        w.write(two.get(i));
      }
    }
    for (Block b : TestVolumes.blocks(vol)) {
      assertThat(b.fragments()).allSatisfy(f -> assertThat(f.header().volSessionId()).isEqualTo(
          b.header().volSessionId()));
    }
    for (List<Record> s : List.of(one, two)) {
      try (VolumeReader r = VolumeReader.open(vol)) {
        r.select(RecordSelection.all().withSession(s.get(0).volSessionId(), TestVolumes.SESSION_TIME)
            .withLabels(false));
        assertThat(readAll(r)).containsExactlyElementsOf(s);
      }
    }
  }

  @Test
  void relabelTruncatesTheVolumeAndWritesANewLabel() throws Exception {
    Path vol = tmp.resolve("Full-0012");
    TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(512), session(1, 5));
    VolumeLabel fresh = TestVolumes.label("Full-0012").withWriteBtime(42);
    try (VolumeWriter w = VolumeWriter.relabel(vol, fresh, 9, 99, WriterOptions.defaults())) {
      assertThat(w.position()).isEqualTo(Files.size(vol));
    }
    try (VolumeReader r = VolumeReader.open(vol)) {
      assertThat(r.volumeLabel()).isEqualTo(fresh);
      assertThat(readAll(r)).extracting(Record::fileIndex, Record::volSessionId)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(-2, 9L));
    }
  }
}
