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
 * Opens a FIFO: for reading, a FIFO named as a File item with {@code r} (readfifo) at backup; for writing, a FIFO's
 * data at restore. Opening a FIFO waits for the other end; Bareos gives up after 60 seconds ({@code SaveFile} and
 * {@code CreateFile}: {@code StartThreadTimer(jcr, pthread_self(), 60)} around {@code bopen}, the open fails with
 * EINTR). Java cannot interrupt {@code open(2)}, so the waiting open runs in its own thread and, on timeout, is
 * released by opening the other end once and closing it again.
 */
public final class FifoOpener {

  /** The time Bareos waits for a FIFO's writer. */
  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private FifoOpener() {}

  /** Opens the FIFO for reading, waiting at most 60 seconds for a writer. */
  public static FileChannel openForReading(Path fifo) throws IOException {
    return open(fifo, StandardOpenOption.READ, TIMEOUT);
  }

  /** Opens the FIFO for writing, waiting at most 60 seconds for a reader. */
  public static FileChannel openForWriting(Path fifo) throws IOException {
    return open(fifo, StandardOpenOption.WRITE, TIMEOUT);
  }

  /** Opens the FIFO for reading or writing, waiting at most {@code timeout} for the other end. */
  static FileChannel open(Path fifo, StandardOpenOption mode, Duration timeout) throws IOException {
    FutureTask<FileChannel> opening = new FutureTask<>(() -> FileChannel.open(fifo, mode));
    Thread.ofVirtual().name("open " + fifo).start(opening);
    try {
      return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // the other end lets the waiting open return; both are closed again at once
      StandardOpenOption other = mode == StandardOpenOption.READ ? StandardOpenOption.WRITE : StandardOpenOption.READ;
      FileChannel.open(fifo, other).close();
      closeLate(opening);
      throw new IOException("Interrupted system call (no other end within " + timeout.toMillis() + " ms)");
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
