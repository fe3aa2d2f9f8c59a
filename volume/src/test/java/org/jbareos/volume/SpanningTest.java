package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spanning rules of PROTOCOL.md §8 / {@code stored/record.cc:WriteRecordToBlock}, case by case. */
class SpanningTest {
  @TempDir Path tmp;

  /** Block payload: max size minus the 24-byte header. */
  private static final int BLOCK = 400;

  private static WriterOptions small() {
    return WriterOptions.defaults().withMaxBlockSize(BLOCK);
  }

  @Test
  void recordLargerThanABlockContinuesWithNegatedStreamAndRemainingLength() throws Exception {
    Path vol = tmp.resolve("big");
    Record big = TestVolumes.record(1, 2, 1000, 7);
    List<RecordAddress> addr = TestVolumes.write(vol, small(), List.of(big));

    List<Block> blocks = TestVolumes.blocks(vol);
    // blocks[0] = label, blocks[1] starts with SOS then the record's first part
    List<Block.RecordFragment> first = blocks.get(1).fragments();
    assertThat(first.get(1).header().stream()).isEqualTo(2);
    assertThat(first.get(1).header().remaining()).isEqualTo(1000);
    long remaining = 1000 - first.get(1).dataLength();
    int continuations = 0;
    for (int i = 2; i < blocks.size() && remaining > 0; i++) {
      Block.RecordFragment f = blocks.get(i).fragments().get(0);
      assertThat(f.header().stream()).isEqualTo(-2);
      assertThat(f.header().fileIndex()).isEqualTo(1);
      assertThat(f.header().remaining()).isEqualTo(remaining);
      assertThat(blocks.get(i).length()).isLessThanOrEqualTo(BLOCK);
      remaining -= f.dataLength();
      continuations++;
    }
    assertThat(remaining).isZero();
    assertThat(continuations).isGreaterThanOrEqualTo(1000 / (BLOCK - 36));
    assertThat(addr.get(0).firstBlockAddress()).isEqualTo(blocks.get(1).address());
    assertThat(addr.get(0).lastBlockNumber() - addr.get(0).firstBlockNumber()).isEqualTo(continuations);

    List<PositionedRecord> back = TestVolumes.readData(vol);
    assertThat(back).extracting(PositionedRecord::record).containsExactly(big);
    assertThat(back.get(0).blockAddress()).isEqualTo(blocks.get(1).address());
  }

  @Test
  void headerThatDoesNotFitFlushesTheBlockFirst() throws Exception {
    Path vol = tmp.resolve("nofit");
    // After the SOS label (12 + its length) the first record leaves exactly 11 bytes free.
    int sosLength = TestVolumes.sos(1).encode().length;
    int free = BLOCK - 24 - 12 - sosLength;
    Record filler = TestVolumes.record(1, 2, free - 12 - 11, 1);
    Record next = TestVolumes.record(2, 2, 5, 2);
    TestVolumes.write(vol, small(), List.of(filler, next));

    List<Block> blocks = TestVolumes.blocks(vol);
    assertThat(blocks.get(1).length()).isEqualTo(BLOCK - 11);
    Block.RecordFragment f = blocks.get(2).fragments().get(0);
    assertThat(f.header().fileIndex()).isEqualTo(2);
    assertThat(f.header().stream()).isEqualTo(2);
    assertThat(TestVolumes.readData(vol)).extracting(PositionedRecord::record).containsExactly(filler, next);
  }

  @Test
  void headerThatFitsWithoutADataByteIsContinuedInTheNextBlock() throws Exception {
    Path vol = tmp.resolve("exact");
    int sosLength = TestVolumes.sos(1).encode().length;
    int free = BLOCK - 24 - 12 - sosLength;
    Record filler = TestVolumes.record(1, 2, free - 12 - 12, 1);
    Record next = TestVolumes.record(2, 2, 50, 2);
    TestVolumes.write(vol, small(), List.of(filler, next));

    List<Block> blocks = TestVolumes.blocks(vol);
    assertThat(blocks.get(1).length()).isEqualTo(BLOCK);
    List<Block.RecordFragment> inFirst = blocks.get(1).fragments();
    Block.RecordFragment head = inFirst.get(inFirst.size() - 1);
    assertThat(head.header().stream()).isEqualTo(2);
    assertThat(head.header().remaining()).isEqualTo(50);
    assertThat(head.dataLength()).isZero();
    Block.RecordFragment cont = blocks.get(2).fragments().get(0);
    assertThat(cont.header().stream()).isEqualTo(-2);
    assertThat(cont.header().remaining()).isEqualTo(50);
    assertThat(TestVolumes.readData(vol)).extracting(PositionedRecord::record).containsExactly(filler, next);
  }

  @Test
  void zeroLengthRecordEndingABlockComesBackOnce() throws Exception {
    Path vol = tmp.resolve("zero");
    int sosLength = TestVolumes.sos(1).encode().length;
    int free = BLOCK - 24 - 12 - sosLength;
    Record filler = TestVolumes.record(1, 2, free - 12 - 12, 1);
    Record empty = TestVolumes.record(2, 2, 0, 2);
    Record after = TestVolumes.record(2, 3, 16, 3);
    TestVolumes.write(vol, small(), List.of(filler, empty, after));

    // Bareos writes the empty record's header at the end of the block and an empty continuation in the next one.
    Block.RecordFragment cont = TestVolumes.blocks(vol).get(2).fragments().get(0);
    assertThat(cont.header().stream()).isEqualTo(-2);
    assertThat(cont.header().remaining()).isZero();
    try (VolumeReader r = VolumeReader.open(vol)) {
      List<Record> back = new ArrayList<>();
      r.select(RecordSelection.all().withLabels(false));
      for (var rec = r.nextRecord(); rec.isPresent(); rec = r.nextRecord()) {
        back.add(rec.get().record());
      }
      assertThat(back).containsExactly(filler, empty, after);
      assertThat(r.skippedContinuations()).isEqualTo(1);
    }
  }

  @Test
  void sessionLabelNeverSpansBlocks() throws Exception {
    Path vol = tmp.resolve("eos");
    int sosLength = TestVolumes.sos(1).encode().length;
    int free = BLOCK - 24 - 12 - sosLength;
    Record filler = TestVolumes.record(1, 2, free - 12 - 40, 1);
    TestVolumes.write(vol, small(), List.of(filler));
    List<Block> blocks = TestVolumes.blocks(vol);
    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(1).length()).isEqualTo(BLOCK - 40);
    Block.RecordFragment eos = blocks.get(2).fragments().get(0);
    assertThat(eos.header().fileIndex()).isEqualTo(LabelType.EOS_LABEL.fileIndex());
    assertThat(eos.isPartial()).isFalse();
  }

  @Test
  void manySmallRecordsFillBlocksAndKeepOrder() throws Exception {
    Path vol = tmp.resolve("many");
    List<Record> records = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      records.add(TestVolumes.record(i, 1 + i % 3, i % 17, i));
    }
    List<RecordAddress> addr = TestVolumes.write(vol, small(), records);
    List<PositionedRecord> back = TestVolumes.readData(vol);
    assertThat(back).extracting(PositionedRecord::record).containsExactlyElementsOf(records);
    for (int i = 0; i < back.size(); i++) {
      assertThat(back.get(i).blockAddress()).isEqualTo(addr.get(i).firstBlockAddress());
      assertThat(back.get(i).blockNumber()).isEqualTo(addr.get(i).firstBlockNumber());
    }
    List<Block> blocks = TestVolumes.blocks(vol);
    for (int i = 2; i < blocks.size(); i++) {
      assertThat(blocks.get(i).blockNumber()).isEqualTo(blocks.get(i - 1).blockNumber() + 1);
      assertThat(blocks.get(i).length()).isLessThanOrEqualTo(BLOCK);
    }
    // Full blocks leave fewer than 12 bytes unused: the next header did not fit. (The block before the EOS label may
    // have been flushed early so that the label stays whole.)
    for (int i = 1; i < blocks.size() - 2; i++) {
      assertThat(BLOCK - blocks.get(i).length()).isLessThan(RecordHeader.LENGTH);
    }
  }
}
