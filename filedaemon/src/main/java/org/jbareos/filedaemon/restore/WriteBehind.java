package org.jbareos.filedaemon.restore;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Runs the work on restored regular files that need not hold up the reading of the SD's records (writing their data,
 * closing them, setting their owner, mode and times) on one thread of its own, in the order it was queued: a small
 * file's {@code write}, {@code close} and attribute calls then overlap the next files' {@code open}s on the session's
 * thread. At most {@code maxQueuedBytes} of data wait at a time ({@link #submit} blocks until the writes catch up).
 * The session calls {@link #awaitAll} before anything that looks at files already restored (an existing name, a
 * hard link, a read-back) and before it ends.
 */
final class WriteBehind implements AutoCloseable {

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("restore writer").factory());
  private final Semaphore queuedBytes;
  private final int maxQueuedBytes;
  private final PendingWork unfinished = new PendingWork();

  WriteBehind(int maxQueuedBytes) {
    this.maxQueuedBytes = maxQueuedBytes;
    this.queuedBytes = new Semaphore(maxQueuedBytes);
  }

  /**
   * Queues {@code work}, which holds {@code bytes} of data until it has run; it must report its own problems (it
   * runs on another thread). Blocks while too many bytes wait.
   */
  void submit(int bytes, Runnable work) {
    int permits = Math.min(bytes, maxQueuedBytes);
    queuedBytes.acquireUninterruptibly(permits);
    unfinished.add();
    try {
      thread.execute(() -> {
        try {
          work.run();
        } finally {
          queuedBytes.release(permits);
          unfinished.done();
        }
      });
    } catch (RejectedExecutionException e) {
      queuedBytes.release(permits);
      unfinished.done();
      throw e;
    }
  }

  /** Waits until all work queued so far has run. */
  void awaitAll() {
    unfinished.awaitNone();
  }

  /** Stops the thread once the queued work has run (it does not wait). */
  @Override
  public void close() {
    thread.shutdown();
  }
}
