package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.jbareos.config.fd.DirectorResource;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.trace.Participant;

/**
 * A client-initiated connection to one Director ({@code Connection From Client To Director = yes}; {@code
 * filed/dir_cmd.cc handle_connection_to_director}, PROTOCOL.md §9): connect, {@code Hello Client <fd>
 * FdProtocolVersion=54 calling Version="26.0.0"}, CRAM-MD5 (the Director challenges first), read {@code 1000 OK:
 * <dir> Version: ...}, then wait, sending nothing. The Director's first message starts a normal command session on
 * this connection ({@link DirectorCommandLoop#runFrom}), and a new waiting connection is opened at once. A failed
 * connect is logged with its reason and retried after {@code retry} (Bareos: 60 s); a waiting connection that ends
 * (the Director restarted) is made again at once, unless it lasted less than {@code retry}: never a busy loop.
 */
final class DirectorDialer {

  private static final System.Logger LOG = System.getLogger(DirectorDialer.class.getName());
  private static final Duration WAIT_SLICE = Duration.ofSeconds(60);

  private final DirectorResource director;
  private final PeerCredentials credentials;
  private final ClientHandshake handshake;
  private final FileDaemonServices services;
  private final Duration retry;
  private final Thread thread;
  private volatile boolean stopping;
  private volatile BareosConnection waiting;

  private DirectorDialer(DirectorResource director, PeerCredentials credentials, ClientHandshake handshake,
      FileDaemonServices services, Duration retry) {
    this.director = director;
    this.credentials = credentials;
    this.handshake = handshake;
    this.services = services;
    this.retry = retry;
    this.thread = Thread.ofVirtual().name("dial " + director.name()).unstarted(this::run);
  }

  static DirectorDialer start(DirectorResource director, PeerCredentials credentials, ClientHandshake handshake,
      FileDaemonServices services, Duration retry) {
    DirectorDialer dialer = new DirectorDialer(director, credentials, handshake, services, retry);
    dialer.thread.start();
    return dialer;
  }

  private void run() {
    while (!stopping) {
      BareosConnection connection;
      try {
        connection = connect();
      } catch (IOException e) {
        LOG.log(Level.WARNING, () -> "Failed to connect to Director \"" + director.name() + "\" at "
            + director.address() + ":" + director.port() + " (" + e.getMessage() + "). Retry in "
            + retry.toSeconds() + "s.");
        if (!pause()) {
          return;
        }
        continue;
      }
      LOG.log(Level.INFO, () -> "Connected to Director \"" + director.name() + "\" at " + director.address() + ":"
          + director.port() + ", waiting for jobs");
      long connectedAt = System.nanoTime();
      waiting = connection;
      Optional<Packet> first = awaitFirstMessage(connection);
      waiting = null;
      if (first.isPresent()) {
        Thread.ofVirtual().name("director " + director.name()).start(() -> serve(connection, first.get()));
        continue;
      }
      close(connection);
      Duration lasted = Duration.ofNanos(System.nanoTime() - connectedAt);
      if (!stopping && lasted.compareTo(retry) < 0) {
        // a Director that accepts and drops us at once must not make this a busy loop
        LOG.log(Level.WARNING, () -> "Waiting connection to Director \"" + director.name() + "\" ended after "
            + lasted.toMillis() + " ms. Retry in " + retry.toSeconds() + "s.");
        if (!pause()) {
          return;
        }
      }
    }
  }

  private BareosConnection connect() throws IOException {
    Hello hello = new Hello.Client(services.name(), OptionalInt.of(Hello.Client.FD_PROTOCOL_VERSION),
        Optional.of(new BareosVersion(26, 0, 0)));
    BareosConnection connection =
        handshake.connect(director.address(), director.port(), hello, credentials, Participant.DIRECTOR);
    Packet ok = connection.receive();
    if (!(ok instanceof Packet.Message message) || !message.text().startsWith("1000 OK")) {
      close(connection);
      throw new IOException("Director refused the connection: " + ok.describe());
    }
    return connection;
  }

  /**
   * Waits in slices for the Director's first message; empty when the connection ends or the dialer stops. With a
   * {@code Heartbeat Interval} the wait sends {@code BNET_HEARTBEAT} (Bareos's FD only sets TCP keepalive here): a
   * firewall or NAT that drops idle flows sees traffic, and the Director's pool reads and discards it (PROTOCOL.md
   * §1.3). Heartbeats the Director might send are not commands, so they do not end the wait.
   */
  private Optional<Packet> awaitFirstMessage(BareosConnection connection) {
    Duration heartbeat = services.heartbeatInterval();
    boolean beating = heartbeat != null && heartbeat.isPositive();
    try {
      if (beating) {
        connection.startHeartbeat(heartbeat);
      }
      while (!stopping) {
        try {
          Packet packet = connection.receive(WAIT_SLICE);
          if (packet instanceof Packet.SignalPacket signal && signal.is(Signal.HEARTBEAT)) {
            continue;
          }
          return Optional.of(packet);
        } catch (SocketTimeoutException quiet) {
          // Nothing yet: keep waiting, as WaitDataIntr does in 60 s slices.
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      LOG.log(Level.INFO, () -> "Waiting connection to Director \"" + director.name() + "\" ended: "
          + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      if (beating) {
        stopHeartbeat(connection);
      }
    }
  }

  private static void stopHeartbeat(BareosConnection connection) {
    try {
      connection.stopHeartbeat();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(BareosConnection connection, Packet first) {
    try (connection) {
      new DirectorCommandLoop(connection, services, director.name()).runFrom(first);
    } catch (IOException e) {
      LOG.log(Level.INFO, () -> "Client-initiated session with \"" + director.name() + "\" ended: "
          + e.getMessage());
    }
  }

  private boolean pause() {
    try {
      Thread.sleep(retry);
      return !stopping;
    } catch (InterruptedException e) {
      return false;
    }
  }

  /** Stops dialing and closes the waiting connection; sessions already running go on. */
  void stop() {
    stopping = true;
    BareosConnection connection = waiting;
    if (connection != null) {
      close(connection);
    }
    thread.interrupt();
  }

  private static void close(BareosConnection connection) {
    try {
      connection.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "closing a waiting connection: " + e.getMessage());
    }
  }
}
