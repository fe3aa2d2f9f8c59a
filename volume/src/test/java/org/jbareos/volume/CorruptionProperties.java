package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Damaged volumes: every corruption gives a {@link VolumeFormatException} naming the offset, never another exception
 * type, a hang or an OutOfMemoryError.
 */
class CorruptionProperties {

  sealed interface Corruption {
    /** Applies the damage; returns whether a reader must notice it. */
    boolean apply(byte[] volume, List<Block> blocks, Path target) throws IOException;
  }

  record FlipByte(int position, int mask) implements Corruption {
    @Override
    public boolean apply(byte[] v, List<Block> blocks, Path target) throws IOException {
      v[position % v.length] ^= (byte) mask;
      Files.write(target, v);
      return true;
    }
  }

  record Truncate(int length) implements Corruption {
    @Override
    public boolean apply(byte[] v, List<Block> blocks, Path target) throws IOException {
      int len = length % v.length;
      Files.write(target, java.util.Arrays.copyOf(v, len));
      boolean atBoundary = blocks.stream().anyMatch(b -> b.address() + b.length() == len);
      return !atBoundary;
    }
  }

  record BlockLength(int block, int length) implements Corruption {
    @Override
    public boolean apply(byte[] v, List<Block> blocks, Path target) throws IOException {
      Block b = blocks.get(block % blocks.size());
      boolean same = b.length() == length;
      BlockHeader.putInt(v, (int) b.address() + 4, length);
      Files.write(target, v);
      return !same;
    }
  }

  record Magic(int block, int value) implements Corruption {
    @Override
    public boolean apply(byte[] v, List<Block> blocks, Path target) throws IOException {
      Block b = blocks.get(block % blocks.size());
      int old = BlockHeader.getInt(v, (int) b.address() + 12);
      BlockHeader.putInt(v, (int) b.address() + 12, value);
      Files.write(target, v);
      return old != value;
    }
  }

  record GarbageTail(byte[] garbage) implements Corruption {
    @Override
    public boolean apply(byte[] v, List<Block> blocks, Path target) throws IOException {
      byte[] out = java.util.Arrays.copyOf(v, v.length + garbage.length);
      System.arraycopy(garbage, 0, out, v.length, garbage.length);
      Files.write(target, out);
      return true;
    }
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    Arbitrary<Integer> any = Arbitraries.integers().greaterOrEqual(0);
    return Arbitraries.oneOf(
        Combinators.combine(any, Arbitraries.integers().between(1, 255)).as(FlipByte::new),
        any.map(Truncate::new),
        Combinators.combine(any, Arbitraries.oneOf(Arbitraries.integers(),
            Arbitraries.of(-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 23, 24, 25, 20_000_001, 19_999_999)))
            .as(BlockLength::new),
        Combinators.combine(any, Arbitraries.integers()).as(Magic::new),
        Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(100).map(GarbageTail::new));
  }

  private static Path validVolume(Path dir) throws IOException {
    Path vol = dir.resolve("Good-0001");
    if (!Files.exists(vol)) {
      List<Record> records = new ArrayList<>();
      for (int i = 1; i <= 12; i++) {
        records.add(TestVolumes.record(i, 2, i * 97, i));
      }
      TestVolumes.write(vol, WriterOptions.defaults().withMaxBlockSize(512), records);
    }
    return vol;
  }

  /** Reads the whole volume: label, all records. */
  private static int readAll(Path vol) throws IOException {
    return readAll(vol, true);
  }

  private static int readAll(Path vol, boolean checksums) throws IOException {
    int n = 0;
    try (VolumeReader r = VolumeReader.open(vol, checksums)) {
      for (Optional<PositionedRecord> rec; (rec = r.nextRecord()).isPresent(); ) {
        if (rec.get().record().fileIndex() < -3) {
          r.sessionLabel(rec.get());
        }
        n++;
      }
    }
    return n;
  }

  @Property(tries = 500)
  void corruptionGivesVolumeFormatExceptionWithOffset(@ForAll("corruptions") Corruption corruption)
      throws IOException {
    Path dir = Files.createTempDirectory("corrupt");
    try {
      Path good = validVolume(dir);
      byte[] bytes = Files.readAllBytes(good);
      List<Block> blocks = TestVolumes.blocks(good);
      Path bad = dir.resolve("Bad-0001");
      boolean mustFail = corruption.apply(bytes.clone(), blocks, bad);
      Throwable t = catchThrowable(() -> readAll(bad));
      if (t != null) {
        assertThat(t).isInstanceOf(VolumeFormatException.class);
        VolumeFormatException e = (VolumeFormatException) t;
        assertThat(e.volumeName()).isEqualTo("Bad-0001");
        assertThat(e.offset()).isBetween(0L, Files.size(bad));
        assertThat(e.getMessage()).contains("Volume \"Bad-0001\" at offset " + e.offset() + ": ");
      } else {
        assertThat(mustFail).as("undetected %s", corruption).isFalse();
      }
      // Without checksums ("Block Checksum = no") the damage reaches the record and label parsers.
      Throwable unchecked = catchThrowable(() -> readAll(bad, false));
      if (unchecked != null) {
        assertThat(unchecked).isInstanceOf(VolumeFormatException.class);
        assertThat(((VolumeFormatException) unchecked).offset()).isBetween(0L, Files.size(bad));
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  @Test
  void specificCorruptionsNameTheirCause() throws IOException {
    Path dir = Files.createTempDirectory("corrupt");
    try {
      Path good = validVolume(dir);
      byte[] v = Files.readAllBytes(good);
      List<Block> blocks = TestVolumes.blocks(good);
      Block second = blocks.get(1);
      Path bad = dir.resolve("Bad-0002");

      new FlipByte((int) second.address() + 40, 0x10).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).isInstanceOf(VolumeFormatException.class)
          .hasMessageContaining("at offset " + second.address())
          .hasMessageContaining("block checksum mismatch in BlockNumber=" + second.blockNumber());

      new BlockLength(1, 1_000_000_000).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).hasMessageContaining("is insane");

      new BlockLength(1, -5).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).hasMessageContaining("block length 4294967291 is insane");

      new Magic(1, 0x42423033).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).hasMessageContaining("bad block magic \"BB03\"");

      new Truncate((int) second.address() + 100).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).hasMessageContaining("truncated block BlockNumber="
          + second.blockNumber());

      new Truncate((int) second.address() + 10).apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).hasMessageContaining("truncated block header");

      new GarbageTail(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17})
          .apply(v.clone(), blocks, bad);
      assertThat(catchThrowable(() -> readAll(bad))).isInstanceOf(VolumeFormatException.class)
          .hasMessageContaining("at offset " + v.length);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  /** Arbitrary bytes, alone or behind a valid label block: records or a VolumeFormatException, nothing else. */
  @Property(tries = 300)
  void arbitraryBytesGiveRecordsOrVolumeFormatException(@ForAll byte[] tail, @ForAll boolean behindLabel)
      throws IOException {
    Path dir = Files.createTempDirectory("arbitrary");
    Path vol = dir.resolve("Any-0001");
    try {
      byte[] bytes = tail;
      if (behindLabel) {
        try (VolumeWriter w = VolumeWriter.create(vol, TestVolumes.label("Any-0001"), 1, 1, WriterOptions.defaults())) {
          assertThat(w.position()).isPositive();
        }
        byte[] label = Files.readAllBytes(vol);
        bytes = java.util.Arrays.copyOf(label, label.length + tail.length);
        System.arraycopy(tail, 0, bytes, label.length, tail.length);
      }
      Files.write(vol, bytes);
      Throwable t = catchThrowable(() -> readAll(vol));
      if (t != null) {
        assertThat(t).isInstanceOf(VolumeFormatException.class);
        assertThat(((VolumeFormatException) t).offset()).isBetween(0L, (long) bytes.length);
      } else {
        assertThat(behindLabel && tail.length == 0).as("accepted %d arbitrary bytes", tail.length).isTrue();
      }
    } finally {
      Files.deleteIfExists(vol);
      Files.delete(dir);
    }
  }
}
