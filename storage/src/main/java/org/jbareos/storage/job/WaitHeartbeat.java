package org.jbareos.storage.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.BareosConnection;

/**
 * {@code BNET_HEARTBEAT} to a job's Director and File Daemon every {@code Heartbeat Interval} while the job waits for
 * a device ({@code stored/wait.cc}, {@code stored/reserve.cc}; PROTOCOL.md §1.3), so that stateful firewalls keep the
 * quiet links open. The first heartbeat goes out one interval after the wait began, so a wait shorter than the
 * interval sends none; {@link #close()} returns only when no more can be sent, so none lands after the wait's answer.
 * Nothing is sent when the interval is zero, Bareos's default.
 */
final class WaitHeartbeat implements AutoCloseable {

  private final List<BareosConnection> beating;

  private WaitHeartbeat(List<BareosConnection> beating) {
    this.beating = beating;
  }

  /** Starts heartbeats on each open connection of {@code links} (the Director's, the File Daemon's if it is there). */
  static WaitHeartbeat start(Duration interval, BareosConnection... links) {
    List<BareosConnection> beating = new ArrayList<>();
    if (interval.isPositive()) {
      for (BareosConnection link : links) {
        if (link == null || link.isClosed()) {
          continue;
        }
        try {
          link.startHeartbeat(interval);
          beating.add(link);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return new WaitHeartbeat(beating);
  }

  @Override
  public void close() {
    boolean interrupted = false;
    for (BareosConnection link : beating) {
      try {
        link.stopHeartbeat();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
