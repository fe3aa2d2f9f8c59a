package org.jbareos.filedaemon.restore;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts work handed to other threads so that the session can wait until all of it is done ({@link #awaitNone}).
 * The last item to finish notifies only while someone waits: most items finish with no one waiting.
 */
final class PendingWork {

  private final AtomicLong unfinished = new AtomicLong();
  private final Object idle = new Object();
  private volatile boolean awaiting;

  /** One more item queued. */
  void add() {
    unfinished.incrementAndGet();
  }

  /** One item done (on the thread that did it). */
  void done() {
    if (unfinished.decrementAndGet() == 0 && awaiting) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** Waits until every item added so far is done; an interrupt is kept for the caller, the wait goes on. */
  void awaitNone() {
    boolean interrupted = false;
    synchronized (idle) {
      awaiting = true;
      while (unfinished.get() != 0) {
        try {
          idle.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      awaiting = false;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
