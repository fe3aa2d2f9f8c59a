package org.jbareos.filedaemon.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens a FIFO named as a File item with {@code r} (readfifo) for reading. Opening a FIFO waits for a writer; Bareos
 * gives up after 60 seconds ({@code SaveFile}: {@code StartThreadTimer(jcr, pthread_self(), 60)} around {@code
 * bopen}, the open fails with EINTR). Java cannot interrupt {@code open(2)}, so the waiting open runs in its own
 * thread and, on timeout, is released by opening the FIFO for writing once and closing it again.
 */
final class FifoOpener {

  /** The time Bareos waits for a FIFO's writer. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private FifoOpener() {}

  static FileChannel open(Path fifo) throws IOException {
    return open(fifo, TIMEOUT);
  }

  /** Opens the FIFO, waiting at most {@code timeout} for a writer. */
  static FileChannel open(Path fifo, Duration timeout) throws IOException {
    FutureTask<FileChannel> opening = new FutureTask<>(() -> FileChannel.open(fifo, StandardOpenOption.READ));
    Thread.ofVirtual().name("open " + fifo).start(opening);
    try {
      return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // a writer lets the waiting reader's open return; both are closed again at once
      FileChannel.open(fifo, StandardOpenOption.WRITE).close();
      closeLate(opening);
      throw new IOException("Interrupted system call (no writer within " + timeout.toMillis() + " ms)");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while opening " + fifo, e);
    }
  }

  private static void closeLate(FutureTask<FileChannel> opening) {
    try {
      opening.get().close();
    } catch (IOException | ExecutionException e) {
      // the open failed after all or the close did: nothing is left open
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
