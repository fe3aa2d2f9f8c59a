package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.jbareos.protocol.FixedLine;

/**
 * The job's data connection to the Storage Daemon ({@code filed/dir_cmd.cc StorageCmd}, PROTOCOL.md §7.1): TCP, then
 * TLS-PSK at once when the Director said {@code ssl=4} (identity {@code R_JOB<RS><job>}, secret = the session key),
 * then {@code Hello Start Job <job> Version="26.0.0"} and CRAM-MD5 keyed with the session key (the SD challenges
 * first; our challenge names {@code R_CLIENT::<fd name>}).
 *
 * <p>Replies are read as {@code BgetMsg} does ({@code lib/bget_msg.cc}, PROTOCOL.md §1.2): heartbeats are dropped by
 * the connection, a poll is answered with {@code 2000 OK\n}; any other signal is returned to the caller.
 */
final class StorageConnection implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(StorageConnection.class.getName());
  private static final BareosVersion PROTOCOL_VERSION = new BareosVersion(26, 0, 0);

  private final BareosConnection connection;
  private final String address;
  private final int port;

  private StorageConnection(BareosConnection connection, String address, int port) {
    this.connection = connection;
    this.address = address;
    this.port = port;
  }

  /**
   * Connects and authenticates. A refused or timed-out TCP connect is tried again every {@code retryInterval} until
   * {@code connectTimeout} has passed, as Bareos's {@code connect(jcr, 10, SDConnectTimeout, ...)} does (PROTOCOL.md
   * §1.4: every 10 s for up to 1800 s); an authentication failure is not retried.
   *
   * @param tls the {@code ssl=} the Director sent: {@link TlsPolicy#WIRE_AUTO} starts TLS-PSK, anything else is
   *     cleartext
   * @throws IOException when the SD cannot be reached in time or the authentication fails
   */
  static StorageConnection connect(ClientHandshake handshake, String address, int port, String job,
      String sessionKey, int tls, Duration retryInterval, Duration connectTimeout) throws IOException {
    TlsPolicy policy = tls == TlsPolicy.WIRE_AUTO ? TlsPolicy.REQUIRED : TlsPolicy.NONE;
    PeerCredentials storage = new PeerCredentials(new QualifiedName(ResourceType.STORAGE, address + ":" + port),
        CramKey.fromSessionKey(sessionKey), policy);
    Hello hello = new Hello.StartJob(job, Optional.of(PROTOCOL_VERSION));
    long deadline = System.nanoTime() + connectTimeout.toNanos();
    while (true) {
      try {
        BareosConnection connection =
            handshake.connect(address, port, hello, storage, Participant.STORAGE_DAEMON);
        return new StorageConnection(connection, address, port);
      } catch (ConnectException | SocketTimeoutException unreachable) {
        if (System.nanoTime() + retryInterval.toNanos() > deadline) {
          throw unreachable;
        }
        LOG.log(Level.INFO, () -> "Could not connect to Storage daemon at " + address + ":" + port + " ("
            + unreachable.getMessage() + "); retrying in " + retryInterval.toSeconds() + " s");
        pause(retryInterval);
      }
    }
  }

  private static void pause(Duration interval) throws InterruptedIOException {
    try {
      Thread.sleep(interval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to connect to the Storage daemon");
    }
  }

  String address() {
    return address;
  }

  int port() {
    return port;
  }

  /** {@code None} in cleartext, else the TLS cipher ({@code GetCipherMessageString}). */
  String encryption() {
    String protection = connection.protection();
    return protection.equalsIgnoreCase("Cleartext") ? "None" : protection;
  }

  BareosConnection connection() {
    return connection;
  }

  void send(String text) throws IOException {
    connection.send(text);
  }

  void send(byte[] frame) throws IOException {
    connection.send(frame);
  }

  void signal(Signal signal) throws IOException {
    connection.signal(signal);
  }

  /** The next message or signal, as {@code BgetMsg} returns it. */
  Packet next() throws IOException {
    while (true) {
      Packet packet = connection.receive();
      if (packet instanceof Packet.SignalPacket signal && signal.is(Signal.POLL)) {
        connection.send("2000 OK\n");
        continue;
      }
      if (packet instanceof Packet.SignalPacket signal && signal.is(Signal.STATUS)) {
        connection.send("Status OK\n");
        connection.signal(Signal.EOD);
        continue;
      }
      return packet;
    }
  }

  /** The next message as text, or a description of the signal that came instead (for error messages). */
  Optional<String> nextText() throws IOException {
    return next() instanceof Packet.Message message ? Optional.of(message.text()) : Optional.empty();
  }

  /**
   * Bareos's {@code response()}: the next message must be exactly {@code expected}.
   *
   * @return empty when it is, else the job message text to report ({@code Bad response to <what> command. Wanted
   *     ..., got ...})
   */
  Optional<String> expect(FixedLine expected, String what) {
    String got;
    try {
      Packet packet = next();
      if (packet instanceof Packet.Message message && expected.matches(message.text())) {
        return Optional.empty();
      }
      got = packet instanceof Packet.Message message ? message.text() : packet.describe();
    } catch (IOException e) {
      return Optional.of("Comm error with SD. bad response to " + what + ". ERR=" + e.getMessage() + "\n");
    }
    return Optional.of("Bad response to " + what + " command. Wanted " + expected.wireText() + ", got " + got
        + (got.endsWith("\n") ? "" : "\n"));
  }

  /** Sends {@code BNET_TERMINATE}, ignoring a connection that is already gone (Bareos does not check either). */
  void terminate() {
    try {
      connection.signal(Signal.TERMINATE);
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "TERMINATE to the SD not sent: " + e.getMessage());
    }
  }

  /** Cuts the connection (a cancel): a transfer blocked on it fails at once. */
  void abort() {
    close();
  }

  /** Starts reading the SD socket in the background for the length of an append (see {@link StorageMonitor}). */
  StorageMonitor monitor(Duration poll) {
    return StorageMonitor.start(connection, poll);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, () -> "closing the SD connection: " + e.getMessage());
    }
  }
}
