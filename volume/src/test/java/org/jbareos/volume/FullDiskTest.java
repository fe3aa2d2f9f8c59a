package org.jbareos.volume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A volume on a disk that fills up (a 256 KiB tmpfs, mounted when the test runs as root): the write that does not fit
 * ends in {@link VolumeFullException}, the volume keeps its whole blocks, and the records it could not take go to the
 * next volume, so that both volumes read one after the other give every record once, in order.
 */
class FullDiskTest {
  @TempDir Path tmp;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    disk = Files.createDirectory(tmp.resolve("small-disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString())
        .redirectErrorStream(true).start();
    mounted = mount.waitFor() == 0;
    Assumptions.assumeTrue(mounted, "mounting a 256 KiB tmpfs needs root");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
  }

  @Test
  void theRecordsAFullVolumeCouldNotTakeContinueOnTheNextVolume() throws Exception {
    WriterOptions options = WriterOptions.defaults().withMaxBlockSize(16_384);
    List<Record> records = new ArrayList<>();
    for (int fileIndex = 1; fileIndex <= 40; fileIndex++) {
      records.add(TestVolumes.record(fileIndex, 1, 100, fileIndex));
      records.add(TestVolumes.record(fileIndex, 2, 20_000, fileIndex));
    }
    Path first = disk.resolve("Full-0001");
    Path second = tmp.resolve("Full-0002");
    SessionLabel sos = TestVolumes.sos(1);
    int next = 0;
    UnwrittenData unwritten;
    long sizeWhenFull;
    try (VolumeWriter w = VolumeWriter.create(first, TestVolumes.label("Full-0001"), 1, TestVolumes.SESSION_TIME,
        options)) {
      w.writeSessionLabel(sos, 1, TestVolumes.SESSION_TIME);
      VolumeFullException full = null;
      for (; next < records.size() && full == null; next++) {
        try {
          w.write(records.get(next));
        } catch (VolumeFullException e) {
          full = e;
        }
      }
      assertThat(full).as("the 256 KiB disk fills up").isNotNull();
      assertThat(full).hasMessageContaining("No space left on device");
      assertThat(full.address()).isEqualTo(w.position());
      assertThatThrownBy(() -> w.write(records.get(0))).isInstanceOf(IllegalStateException.class);
      unwritten = w.takeUnwritten();
      sizeWhenFull = w.position();
    }
    assertThat(Files.size(first)).as("the volume ends on its last whole block").isEqualTo(sizeWhenFull);
    try (VolumeWriter w = VolumeWriter.create(second, TestVolumes.label("Full-0002"), 1, TestVolumes.SESSION_TIME,
        options)) {
      w.resume(unwritten);
      for (; next < records.size(); next++) {
        w.write(records.get(next));
      }
      w.writeSessionLabel(TestVolumes.eos(sos, records.size() / 2), 1, TestVolumes.SESSION_TIME);
    }

    List<Record> read = new ArrayList<>();
    read.addAll(dataRecords(first));
    read.addAll(dataRecords(second));
    assertThat(read).hasSameSizeAs(records);
    for (int i = 0; i < records.size(); i++) {
      assertThat(read.get(i).fileIndex()).isEqualTo(records.get(i).fileIndex());
      assertThat(read.get(i).stream()).isEqualTo(records.get(i).stream());
      assertThat(read.get(i).data()).as("record %d", i).isEqualTo(records.get(i).data());
    }
  }

  @Test
  void aVolumeWhoseLabelDoesNotFitIsNotLeftBehind() throws Exception {
    fill(disk.resolve("filler"));
    Path volume = disk.resolve("Full-0003");
    assertThatThrownBy(() -> VolumeWriter.create(volume, TestVolumes.label("Full-0003"), 1,
        TestVolumes.SESSION_TIME, WriterOptions.defaults())).isInstanceOf(VolumeFullException.class);
    assertThat(volume).doesNotExist();
  }

  /** Writes to {@code file} until the disk is full. */
  private static void fill(Path file) throws Exception {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer page = ByteBuffer.allocate(512);
      while (true) {
        page.clear();
        channel.write(page);
      }
    } catch (IOException e) {
      assertThat(e).hasMessageContaining("No space left on device");
    }
  }

  private static List<Record> dataRecords(Path volume) throws Exception {
    List<Record> out = new ArrayList<>();
    try (VolumeReader reader = VolumeReader.open(volume)) {
      reader.select(RecordSelection.all().withLabels(false));
      for (Optional<PositionedRecord> r; (r = reader.nextRecord()).isPresent(); ) {
        out.add(r.get().record());
      }
    }
    return out;
  }
}
