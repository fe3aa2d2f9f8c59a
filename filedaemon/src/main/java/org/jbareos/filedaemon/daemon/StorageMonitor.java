package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;

/**
 * Reads the SD socket while the FD streams a backup ({@code filed/heartbeat.cc}, PROTOCOL.md §1.3, §7.2): the SD
 * sends nothing but heartbeats (dropped by the connection) until the final EOD, and the socket must not fill up with
 * them while the FD only writes. Anything else is logged, as Bareos's monitor thread does.
 *
 * <p>The reads use {@link BareosConnection#receive(Duration)}: when the monitor stops, a read still in progress is
 * handed to the next {@code receive}, so the SD's {@code 3000 OK append data} after the final EOD is never lost. A
 * read that fails (the SD vanished) stops the monitor and is kept for {@link #failure()}.
 */
final class StorageMonitor {

  private static final System.Logger LOG = System.getLogger(StorageMonitor.class.getName());

  private final BareosConnection connection;
  private final Duration poll;
  private final Thread thread;
  private volatile boolean stopping;
  private volatile IOException failure;

  private StorageMonitor(BareosConnection connection, Duration poll) {
    this.connection = connection;
    this.poll = poll;
    this.thread = Thread.ofVirtual().name("sd monitor " + connection.describePeer()).unstarted(this::run);
  }

  static StorageMonitor start(BareosConnection connection, Duration poll) {
    StorageMonitor monitor = new StorageMonitor(connection, poll);
    monitor.thread.start();
    return monitor;
  }

  private void run() {
    while (!stopping) {
      try {
        Packet packet = connection.receive(poll);
        LOG.log(Level.INFO, () -> "Storage daemon sent " + packet.describe() + " during the backup");
      } catch (SocketTimeoutException quiet) {
        // Nothing but heartbeats: the normal case.
      } catch (IOException e) {
        if (!stopping) {
          failure = e;
        }
        return;
      }
    }
  }

  /**
   * Stops reading and waits for the monitor to end. Its current wait is interrupted rather than left to time out
   * (that cost every backup up to one poll interval): the monitor only waits for the read, which runs in a thread of
   * the connection's own and goes on for the next {@code receive}, so no socket is touched by the interrupt.
   */
  void stop() throws InterruptedException {
    stopping = true;
    thread.interrupt();
    thread.join();
  }

  /** The read error that stopped the monitor early, if any. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }
}
