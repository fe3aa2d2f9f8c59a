package org.jbareos.filedaemon.daemon;

import java.time.Duration;
import org.jbareos.net.BareosConnection;

/**
 * {@code BNET_HEARTBEAT} to the Director every {@code Heartbeat Interval} while a backup or restore moves data
 * ({@code filed/heartbeat.cc}, PROTOCOL.md §1.3; the kit's client-initiated-heartbeat capture: every 5 s while JobId
 * 11 ran). Nothing is sent when the interval is zero, Bareos's default.
 */
final class DirectorHeartbeat implements AutoCloseable {

  private final BareosConnection director;
  private final boolean running;

  private DirectorHeartbeat(BareosConnection director, boolean running) {
    this.director = director;
    this.running = running;
  }

  static DirectorHeartbeat start(BareosConnection director, Duration interval) {
    if (interval == null || interval.isZero() || interval.isNegative()) {
      return new DirectorHeartbeat(director, false);
    }
    try {
      director.startHeartbeat(interval);
      return new DirectorHeartbeat(director, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DirectorHeartbeat(director, false);
    }
  }

  @Override
  public void close() {
    if (!running) {
      return;
    }
    try {
      director.stopHeartbeat();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
