package org.jbareos.net;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Sends {@code BNET_HEARTBEAT} on a connection every interval from a virtual thread (PROTOCOL.md §1.3: the FD to the
 * Director during a job, the SD while it waits for a volume). It goes through {@link BareosConnection#signal}, whose
 * write lock keeps a heartbeat from landing inside another frame. Nobody answers heartbeats.
 *
 * <p>Stopping does not interrupt the thread (an interrupt would close a socket the thread is writing to); it
 * releases the wait. If a heartbeat cannot be written the sender stops and keeps the failure for {@link
 * #failure()}; the next send or receive on the connection reports the broken link anyway.
 */
final class HeartbeatSender {
  private final BareosConnection connection;
  private final Duration interval;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;
  private volatile IOException failure;

  HeartbeatSender(BareosConnection connection, Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("heartbeat interval must be positive: " + interval);
    }
    this.connection = connection;
    this.interval = interval;
    this.thread = Thread.ofVirtual().name("heartbeat " + connection.transport().remoteAddress()).unstarted(this::run);
  }

  void start() {
    thread.start();
  }

  private void run() {
    try {
      while (!stop.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
        connection.signal(Signal.HEARTBEAT);
      }
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the thread to stop; it sends no heartbeat after its current one. */
  void requestStop() {
    stop.countDown();
  }

  /** Waits for the thread to end (after {@link #requestStop()}). */
  void join() throws InterruptedException {
    if (Thread.currentThread() != thread) {
      thread.join();
    }
  }

  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }
}
