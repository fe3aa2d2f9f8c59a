package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.KitDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO saved with its data ({@code r}) is restored as a FIFO and its data written to whoever reads it. */
class FifoRestoreTest {

  @TempDir Path temp;

  @Test
  void theDataGoesToTheRestoredFifosReader() throws Exception {
    Path fifo = temp.resolve("src/dump.fifo");
    Files.createDirectories(fifo.getParent());
    new ProcessBuilder("mkfifo", "-m", "0640", fifo.toString()).start().waitFor();
    byte[] dump = Arrays.copyOf(KitDataSet.randomBin(), 100_000);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try (FileChannel out = FileChannel.open(fifo, StandardOpenOption.WRITE)) {
        out.write(ByteBuffer.wrap(dump));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    List<RestoreProblemsTest.Frame> frames = RestoreProblemsTest.backup("r", fifo);
    writer.get();

    Path where = temp.resolve("restore");
    Path restored = Path.of(where + fifo.toString());
    CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
      try {
        while (!Files.exists(restored, LinkOption.NOFOLLOW_LINKS)) {
          Thread.sleep(10);
        }
        return Files.readAllBytes(restored);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    List<RestoreMessage> messages = new ArrayList<>();
    JobTotals totals = RestoreProblemsTest.restore(frames, where.toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).isEmpty();
    assertThat(reader.get()).isEqualTo(dump);
    assertThat(totals.jobBytes()).isEqualTo(dump.length);
    assertThat((Integer) Files.getAttribute(restored, "unix:mode", LinkOption.NOFOLLOW_LINKS)).isEqualTo(010640);
  }
}
