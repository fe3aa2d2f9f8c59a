package org.jbareos.volume;

import java.io.IOException;

/**
 * Writes a volume's data out to the disk while the job is still writing, so that the {@code fsync} that makes the
 * volume durable at its end only has the tail left: after every {@link #INTERVAL} bytes written, one {@code
 * force(false)} ({@code fdatasync}) runs on a thread of its own, never more than one at a time. Without it the kernel
 * starts writing back only when a tenth of the memory is dirty, so the final {@code fsync} of a 1 GiB job waited for
 * the whole gigabyte (1.2 s on the project's disk).
 *
 * <p>A failed writeback is reported by the next {@link #written} or by {@link #await}: once an {@code fdatasync} has
 * reported a write error, a later one on the same file may not report it again.
 */
final class BackgroundWriteback {
  /** Bytes written between two writebacks: large enough that their cost stays small, small enough to overlap. */
  static final long INTERVAL = 32L << 20;

  /** Writes the file's data written so far out to the disk: {@code FileChannel.force(false)} on the volume. */
  @FunctionalInterface
  interface DataSync {
    void sync() throws IOException;
  }

  private final DataSync dataSync;
  private long unsynced;
  private Thread running;
  private volatile IOException failure;

  BackgroundWriteback(DataSync dataSync) {
    this.dataSync = dataSync;
  }

  /** Counts {@code bytes} just written; starts a writeback when {@link #INTERVAL} bytes wait and none runs. */
  void written(long bytes) throws IOException {
    unsynced += bytes;
    if (unsynced < INTERVAL || (running != null && running.isAlive())) {
      return;
    }
    throwFailure();
    unsynced = 0;
    running = Thread.ofVirtual().name("volume writeback").start(this::writeBack);
  }

  private void writeBack() {
    try {
      dataSync.sync();
    } catch (IOException e) {
      failure = e;
    }
  }

  /** Waits for the running writeback, if any; throws what a writeback met. */
  void await() throws IOException {
    Thread thread = running;
    if (thread != null) {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          // the channel must not close under a running fdatasync: finish waiting, keep the interrupt
          interrupted = true;
        }
      }
      running = null;
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    throwFailure();
  }

  private void throwFailure() throws IOException {
    IOException e = failure;
    if (e != null) {
      failure = null;
      throw new IOException("writing the volume out to the disk failed: " + e.getMessage(), e);
    }
  }
}
