package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO named as a File item with {@code r} is read: what its writer writes is its data (without a digest). */
class FifoBackupTest {

  @TempDir Path temp;

  @Test
  void theWritersBytesAreTheFifosData() throws Exception {
    Path fifo = temp.resolve("dump.fifo");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    byte[] dump = Arrays.copyOf(KitDataSet.randomBin(), 300_000);
    Thread writer = Thread.ofVirtual().start(() -> {
      try (FileChannel out = FileChannel.open(fifo, StandardOpenOption.WRITE)) {
        out.write(java.nio.ByteBuffer.wrap(dump));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    RecordedBackup backup =
        RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include("Mr", List.of(), fifo)), Optional.empty());
    writer.join();

    assertThat(backup.messages()).isEmpty();
    assertThat(backup.records()).extracting(RecordedBackup.Sent::stream)
        .as("no digest: SaveFile sets has_file_data only for REG, REGE and RAW").containsExactly(1, 2);
    assertThat(AttributeRecord.parse(backup.records().get(0).frames().get(0)).type()).isEqualTo(FileType.FIFO);
    assertThat(backup.records().get(1).joined()).isEqualTo(dump);
  }

  @Test
  void aFifoWithoutWriterGivesUpAfterTheTimeoutAndLeavesNothingOpen() throws Exception {
    Path fifo = temp.resolve("idle.fifo");
    new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();

    assertThatThrownBy(() -> FifoOpener.open(fifo, StandardOpenOption.READ, java.time.Duration.ofMillis(300)))
        .isInstanceOf(java.io.IOException.class).hasMessageStartingWith("Interrupted system call");
    assertThat(FifoOpener.TIMEOUT).isEqualTo(java.time.Duration.ofSeconds(60));
  }
}
