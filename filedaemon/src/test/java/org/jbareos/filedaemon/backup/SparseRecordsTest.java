package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sparse data records ({@code SendDataToSd} with {@code FO_SPARSE}). */
class SparseRecordsTest {

  @TempDir Path temp;

  /** 4 chunks of 262136 bytes: data, zeros, zeros, data; then a last chunk of zeros that reaches the end. */
  @Test
  void zeroChunksAreSkippedExceptTheLastAndEachFrameCarriesItsOffset() throws Exception {
    int chunk = 262144 - 8;
    Path file = temp.resolve("sparse.img");
    byte[] first = new byte[chunk];
    Arrays.fill(first, (byte) 'a');
    byte[] fourth = new byte[chunk];
    Arrays.fill(fourth, (byte) 'd');
    long size = 4L * chunk + 1000;
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(first), 0);
      out.write(ByteBuffer.wrap(fourth), 3L * chunk);
      out.truncate(size);
      out.write(ByteBuffer.wrap(new byte[1]), size - 1);
    }

    RecordedBackup backup =
        RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include("Ms", List.of(), file)), Optional.empty());

    assertThat(backup.records()).extracting(RecordedBackup.Sent::stream).containsExactly(1, 6, 3);
    List<byte[]> frames = backup.records().get(1).frames();
    assertThat(frames).extracting(f -> ByteBuffer.wrap(f).getLong())
        .containsExactly(0L, 3L * chunk, 4L * chunk);
    assertThat(frames).extracting(f -> f.length).containsExactly(262144, 262144, 1000 + 8);
    MessageDigest md5 = MessageDigest.getInstance("MD5");
    md5.update(first);
    md5.update(fourth);
    md5.update(new byte[1000]);
    assertThat(backup.records().get(2).joined()).as("digest of the bytes sent").isEqualTo(md5.digest());
    assertThat(backup.totals().readBytes()).isEqualTo(2L * chunk + 1000);
    assertThat(backup.totals().jobBytes()).isEqualTo(2L * 262144 + 1008);
  }

  @Test
  void sparseCompressedFramesAreOffsetThenHeaderThenCompressedBytes() throws Exception {
    Path file = temp.resolve("text.log");
    byte[] text = "compressible line of a log file\n".repeat(20000).getBytes();
    java.nio.file.Files.write(file, text);

    RecordedBackup backup =
        RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include("MsZ6", List.of(), file)), Optional.empty());

    assertThat(backup.records()).extracting(RecordedBackup.Sent::stream).containsExactly(1, 30, 3);
    List<byte[]> frames = backup.records().get(1).frames();
    assertThat(frames).hasSize(3);
    long offset = 0;
    long sent = 0;
    for (byte[] frame : frames) {
      ByteBuffer b = ByteBuffer.wrap(frame);
      assertThat(b.getLong()).isEqualTo(offset);
      assertThat(b.getInt()).as("GZIP").isEqualTo(0x475a4950);
      assertThat(b.getInt()).isEqualTo(frame.length - 20);
      offset += 262144 - 8;
      sent += frame.length;
    }
    assertThat(backup.totals().readBytes()).isEqualTo(text.length);
    assertThat(backup.totals().jobBytes()).as("compressed bytes with offsets and headers").isEqualTo(sent)
        .isLessThan(text.length / 10);
    assertThat(backup.records().get(2).joined()).isEqualTo(MessageDigest.getInstance("MD5").digest(text));
  }
}
