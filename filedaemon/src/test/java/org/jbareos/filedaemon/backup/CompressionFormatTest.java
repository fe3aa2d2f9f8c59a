package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jbareos.filedaemon.KitDataSet;
import org.junit.jupiter.api.Test;

/** The compressed record layout of {@code filed/backup.cc} and {@code fastlzlib.c}, and its decoding. */
class CompressionFormatTest {

  private static final byte[] TEXT = "# nothing needed for Linux\n".repeat(10000).getBytes();

  @Test
  void gzipChunkIsAHeaderThenAZlibStream() throws Exception {
    byte[] chunk = Arrays.copyOf(TEXT, 262144);
    byte[] record;
    try (ChunkCompressor compressor = new ChunkCompressor(Compression.fromOption("Z6").orElseThrow())) {
      record = compressor.compress(chunk, 0, chunk.length, 0);
    }
    ByteBuffer header = ByteBuffer.wrap(record);
    assertThat(header.getInt()).as("magic GZIP").isEqualTo(0x475a4950);
    assertThat(header.getInt()).as("length").isEqualTo(record.length - 12);
    assertThat(header.getShort()).as("level").isEqualTo((short) 6);
    assertThat(header.getShort()).as("version").isEqualTo((short) 1);
    assertThat(record[12]).as("zlib header CMF").isEqualTo((byte) 0x78);
    Inflater inflater = new Inflater();
    inflater.setInput(record, 12, record.length - 12);
    byte[] out = new byte[chunk.length];
    assertThat(inflater.inflate(out)).isEqualTo(chunk.length);
    assertThat(inflater.finished()).isTrue();
    assertThat(out).isEqualTo(chunk);
  }

  @Test
  void lz4ChunkIsAHeaderThenFastLzBlocksWithAnEndMarker() throws Exception {
    byte[] chunk = Arrays.copyOf(TEXT, 262144);
    byte[] record;
    try (ChunkCompressor compressor = new ChunkCompressor(Compression.fromOption("Zf4").orElseThrow())) {
      record = compressor.compress(chunk, 0, chunk.length, 8);
    }
    ByteBuffer header = ByteBuffer.wrap(record, 8, 12);
    assertThat(header.getInt()).as("magic FZ4L").isEqualTo(0x465A344C);
    assertThat(header.getInt()).isEqualTo(record.length - 20);
    assertThat(header.getShort()).as("level (not used)").isEqualTo((short) 1);
    assertThat(header.getShort()).isEqualTo((short) 1);
    ByteBuffer block = ByteBuffer.wrap(record, 20, record.length - 20).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[7];
    block.get(magic);
    assertThat(magic).isEqualTo(new byte[] {'F', 'a', 's', 't', 'L', 'Z', 0});
    assertThat(block.get() & 0xff).as("LZ4 block, 256 KiB block size").isEqualTo(0xc8);
    int compressed = block.getInt();
    assertThat(block.getInt()).as("original size").isEqualTo(262144);
    assertThat(compressed).isLessThan(262144);
    block.position(block.position() + compressed);
    byte[] end = new byte[16];
    block.get(end);
    assertThat(Arrays.copyOfRange(end, 7, 16)).as("end marker").isEqualTo(new byte[] {(byte) 0xc8, 0, 0, 0, 0, 0, 0,
        0, 0});
    assertThat(block.hasRemaining()).isFalse();
    try (ChunkDecompressor decompressor = new ChunkDecompressor()) {
      assertThat(decompressor.decompress(record, 8, record.length - 8, true)).isEqualTo(chunk);
    }
  }

  @Test
  void incompressibleAndSmallChunksAreStoredRaw() throws Exception {
    byte[] random = Arrays.copyOf(KitDataSet.randomBin(), 5000);
    byte[] small = "tiny".getBytes();
    try (ChunkCompressor compressor = new ChunkCompressor(Compression.fromOption("Zfh").orElseThrow());
        ChunkDecompressor decompressor = new ChunkDecompressor()) {
      for (byte[] chunk : new byte[][] {random, small}) {
        byte[] record = compressor.compress(chunk, 0, chunk.length, 0);
        assertThat(ByteBuffer.wrap(record).getInt()).as("magic FZ4H").isEqualTo(0x465A3448);
        assertThat(record[12 + 7] & 0xff).as("stored block").isEqualTo(0x18);
        assertThat(record.length).isEqualTo(12 + 16 + chunk.length + 16);
        assertThat(decompressor.decompress(record, 0, record.length, true)).isEqualTo(chunk);
      }
    }
  }

  @Test
  void badHeadersAreRefusedWithBareosReasons() throws Exception {
    byte[] record;
    try (ChunkCompressor compressor = new ChunkCompressor(Compression.fromOption("Z9").orElseThrow())) {
      record = compressor.compress(TEXT, 0, 1000, 0);
    }
    try (ChunkDecompressor decompressor = new ChunkDecompressor()) {
      byte[] version = record.clone();
      version[11] = 2;
      assertThatThrownBy(() -> decompressor.decompress(version, 0, version.length, true))
          .isInstanceOf(DataFormatException.class).hasMessage("Compressed header version error. version=0x2");
      byte[] lzo = record.clone();
      ByteBuffer.wrap(lzo).putInt(CompressionAlgorithm.LZO1X.magic());
      assertThatThrownBy(() -> decompressor.decompress(lzo, 0, lzo.length, true))
          .hasMessage("Compression algorithm 0x4c5a4f58 found, but not supported!");
      assertThatThrownBy(() -> decompressor.decompress(record, 0, record.length - 1, true))
          .hasMessageStartingWith("Compressed header size error. comp_len=");
      assertThat(decompressor.decompress(record, 12, record.length - 12, false))
          .as("old GZIP_DATA (4) records have no header").isEqualTo(Arrays.copyOf(TEXT, 1000));
    }
  }

  @Test
  void unsupportedOptionsAreRefusedBeforeAnythingIsSent() {
    for (String letters : new String[] {"MZo", "MZff", "S4", "MEb", "MEa2"}) {
      org.jbareos.protocol.fileset.FileSet fileSet = org.jbareos.filedaemon.walk.WalkTestFileSets.include(letters,
          java.util.List.of(), java.nio.file.Path.of("/nonexistent"));
      assertThatThrownBy(() -> new BackupSession(org.jbareos.filedaemon.walk.FindFileSet.of(fileSet),
          java.util.Optional.empty(), n -> { })).as(letters).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not supported by this File Daemon");
    }
  }

  @Test
  void unimplementedCompressionIsRefusedWhenTheJobStarts() {
    assertThatThrownBy(() -> new ChunkCompressor(Compression.fromOption("Zo").orElseThrow()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LZO");
    assertThat(Compression.fromOption("Zff")).get().extracting(Compression::algorithm)
        .isEqualTo(CompressionAlgorithm.FASTLZ);
  }
}
