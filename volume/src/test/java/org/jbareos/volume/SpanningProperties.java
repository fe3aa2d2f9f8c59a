package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Write-then-read with random record sizes and block sizes: every record comes back identical, in order. */
class SpanningProperties {

  @Property(tries = 200)
  void everyRecordComesBackIdentical(
      @ForAll @IntRange(min = WriterOptions.MIN_BLOCK_SIZE, max = 3000) int blockSize,
      @ForAll("sizes") @Size(max = 60) List<Integer> sizes,
      @ForAll @IntRange(min = 1, max = 2000) int streamBase) throws IOException {
    List<Record> records = new ArrayList<>();
    int fileIndex = 1;
    for (int i = 0; i < sizes.size(); i++) {
      if (i % 3 == 0 && i > 0) {
        fileIndex++;
      }
      records.add(TestVolumes.record(fileIndex, 1 + (streamBase + i) % 2000, sizes.get(i), i));
    }
    Path dir = Files.createTempDirectory("span");
    Path vol = dir.resolve("Span-0001");
    try {
      List<WrittenBlock> written = new ArrayList<>();
      List<RecordAddress> addresses =
          TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(blockSize).withOnBlockWritten(written::add),
              records);
      List<PositionedRecord> back = TestVolumes.readData(vol);
      assertThat(back).extracting(PositionedRecord::record).containsExactlyElementsOf(records);
      for (int i = 0; i < back.size(); i++) {
        assertThat(back.get(i).blockAddress()).isEqualTo(addresses.get(i).firstBlockAddress());
        assertThat(addresses.get(i).lastBlockAddress()).isGreaterThanOrEqualTo(addresses.get(i).firstBlockAddress());
      }
      assertThat(written.get(0).address()).isZero();
      assertThat(written.get(0).blockNumber()).isZero();
      long expectedAddress = written.get(0).length();
      // The label block has the label block size (DEFAULT_BLOCK_SIZE); data blocks obey maxBlockSize.
      for (WrittenBlock b : written.subList(1, written.size())) {
        assertThat(b.address()).isEqualTo(expectedAddress);
        assertThat(b.length()).isLessThanOrEqualTo(blockSize).isGreaterThan(24);
        expectedAddress += b.length();
      }
      assertThat(Files.size(vol)).isEqualTo(expectedAddress);
      for (int i = 2; i < written.size(); i++) {
        assertThat(written.get(i).blockNumber()).isEqualTo(written.get(i - 1).blockNumber() + 1);
      }
    } finally {
      Files.deleteIfExists(vol);
      Files.deleteIfExists(dir);
    }
  }

  @Provide
  Arbitrary<List<Integer>> sizes() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 40)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 3000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(3000, 20000)));
    return size.list();
  }
}
