package org.jbareos.bench.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Times a job from outside its daemons: polls the kernel's socket table for established connections to the job's
 * Storage and File Daemon ports. The first one seen is the Director's first daemon connection; the first poll that
 * sees none after that is the last socket closing. The method is the same for every implementation and needs no
 * trace or log parsing.
 *
 * <p>A read of {@code /proc/net/tcp} costs about 5 ms of kernel time here (the kernel walks its whole connection
 * hash), so polling back to back took most of one of the machine's two cores away from the daemons being measured.
 * The watch polls every {@value #BEFORE_MILLIS} ms until the first connection (the time to it stays exact to a few
 * ms) and every {@value #DURING_MILLIS} ms after it (the span's end is exact to about that much), and only the
 * table(s) where the ports listen.
 */
final class ConnectionWatch implements AutoCloseable {
  private static final Duration SETTLE = Duration.ofSeconds(5);
  private static final int BEFORE_MILLIS = 2;
  private static final int DURING_MILLIS = 50;

  private final Set<Integer> ports;
  private final List<Path> tables;
  private final Thread poller;
  private volatile boolean running = true;
  private volatile long firstSeen = -1;
  private volatile long lastSeen = -1;
  private volatile long goneAt = -1;

  private ConnectionWatch(Set<Integer> ports) {
    this.ports = Set.copyOf(ports);
    this.tables = ProcNetTcp.tablesListeningOn(this.ports);
    this.poller = Thread.ofPlatform().daemon().name("connection-watch").start(this::poll);
  }

  /** Starts polling now; the caller then sends {@code run}. */
  static ConnectionWatch start(Set<Integer> ports) {
    return new ConnectionWatch(ports);
  }

  private void poll() {
    while (running) {
      long now = System.nanoTime();
      if (ProcNetTcp.established(tables, ports) > 0) {
        if (firstSeen < 0) {
          firstSeen = now;
        }
        lastSeen = now;
        goneAt = -1;
      } else if (lastSeen >= 0 && goneAt < 0) {
        goneAt = now;
      }
      try {
        Thread.sleep(firstSeen < 0 ? BEFORE_MILLIS : DURING_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /**
   * Waits until the job's connections are gone (at most a few seconds after the job's end), stops polling and
   * returns the window relative to {@code runSentNanos}.
   */
  Window finish(long runSentNanos) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while ((firstSeen < 0 || goneAt < 0) && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    running = false;
    poller.join();
    if (firstSeen < 0) {
      return Window.NONE;
    }
    long end = goneAt >= 0 ? goneAt : lastSeen;
    return new Window(firstSeen - runSentNanos, end - firstSeen);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    poller.join();
  }

  /**
   * @param toFirstConnectionNanos from sending {@code run} to the first daemon connection
   * @param spanNanos from the first daemon connection to the last socket closing
   */
  record Window(long toFirstConnectionNanos, long spanNanos) {
    static final Window NONE = new Window(-1, -1);

    boolean seen() {
      return spanNanos >= 0;
    }
  }
}
