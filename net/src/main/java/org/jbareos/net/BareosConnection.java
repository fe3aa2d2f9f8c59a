package org.jbareos.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;

/**
 * One Bareos connection (a {@code BareosSocket}): BSOCK frames (PROTOCOL.md §1) over a {@link Transport}, cleartext
 * or TLS.
 *
 * <p>Writes ({@link #send}, {@link #fsend}, {@link #signal}, heartbeats) are serialized by a lock, so frames from
 * several threads never interleave. Reads are blocking, one reader at a time; {@link #receive()} drops {@code
 * BNET_HEARTBEAT} and {@code BNET_HB_RESPONSE} silently (PROTOCOL.md §1.3: nobody answers them, in any state).
 *
 * <p>{@link #receive(Duration)} runs the read on a virtual thread and waits for it at most {@code timeout}. On
 * timeout the read keeps going and its packet is handed to the next {@code receive}, so a timeout never loses or
 * splits a frame, on any transport.
 *
 * <p>{@link #close()} sends nothing: callers send {@code BNET_TERMINATE} where the protocol wants it.
 *
 * <p>Typical life: {@code connect} &rarr; (TLS) &rarr; hello &rarr; {@code TwoWayAuthentication} &rarr;
 * {@link #identifyPeer} &rarr; commands &rarr; {@code signal(TERMINATE)} &rarr; {@code close}.
 */
public final class BareosConnection implements AutoCloseable {
  private final Transport transport;
  private final FrameReader reader;
  private final FrameWriter writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock readLock = new ReentrantLock();
  private volatile FrameObserver trace = (header, payload, offset, length) -> {};
  private volatile QualifiedName peer;
  private volatile boolean closed;
  private volatile boolean terminateReceived;
  private FutureTask<Packet> pendingRead; // guarded by readLock
  private final AtomicReference<HeartbeatSender> heartbeat = new AtomicReference<>();
  private volatile HeartbeatSender lastHeartbeat;
  private int gatherDepth; // guarded by writeLock
  private volatile boolean gathering;

  /** A connection over an established transport (plain socket or TLS session). */
  public BareosConnection(Transport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.reader = new FrameReader(transport.input(), transport.remoteAddress());
    this.writer = new FrameWriter(transport.output(),
        (header, payload, offset, length) -> trace.frameSent(header, payload, offset, length));
  }

  /** Opens a cleartext TCP connection to {@code host:port}, giving up after {@code connectTimeout}. */
  public static BareosConnection connect(String host, int port, Duration connectTimeout) throws IOException {
    return new BareosConnection(SocketTransport.connect(host, port, connectTimeout));
  }

  /** Sends {@code payload} as one message (several frames above 999,996 bytes, PROTOCOL.md §1). */
  public void send(byte[] payload) throws IOException {
    send(payload, 0, payload.length);
  }

  /** Sends {@code length} bytes of {@code payload} from {@code offset} as one message. */
  public void send(byte[] payload, int offset, int length) throws IOException {
    writeLock.lock();
    try {
      ensureOpen();
      writer.writeMessage(payload, offset, length);
    } finally {
      writeLock.unlock();
    }
  }

  /** Sends {@code text} encoded as UTF-8, nothing added (no NUL, no newline). */
  public void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Bareos {@code fsend}: formats with {@link Locale#ROOT} and sends the UTF-8 text as one message, no NUL. */
  public void fsend(String format, Object... args) throws IOException {
    send(String.format(Locale.ROOT, format, args));
  }

  /** Sends a signal frame. */
  public void signal(Signal signal) throws IOException {
    signal(signal.value());
  }

  /** Sends a signal frame with any negative value. */
  public void signal(int value) throws IOException {
    writeLock.lock();
    try {
      ensureOpen();
      writer.writeSignal(value);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Gathers the frames sent from now until the returned scope closes into writes of up to {@link
   * FrameWriter#GATHER_LIMIT} bytes instead of one write each: the bytes on the wire are the same, in fewer system
   * calls and TCP segments. For one-way streams of many frames: a backup's records to the SD, a restore's to the FD,
   * the attributes the SD passes on to the Director. Closing the scope sends what waits; so does {@link #receive},
   * so a reply is never awaited for a frame still held back. Scopes may nest.
   */
  public Gathering gather() throws IOException {
    writeLock.lock();
    try {
      ensureOpen();
      if (gatherDepth++ == 0) {
        writer.gather(true);
        gathering = true;
      }
    } finally {
      writeLock.unlock();
    }
    return () -> {
      writeLock.lock();
      try {
        if (--gatherDepth == 0) {
          gathering = false;
          writer.gather(false);
        }
      } finally {
        writeLock.unlock();
      }
    };
  }

  /** A {@link #gather()} scope; closing it writes the frames that wait. */
  public interface Gathering extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  /** Writes gathered frames before this side waits for an answer. */
  private void flushGathered() throws IOException {
    if (!gathering) {
      return;
    }
    writeLock.lock();
    try {
      if (writer.hasPending() && !closed) {
        writer.flush();
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Waits for the next message or signal, heartbeats dropped. */
  public Packet receive() throws IOException {
    flushGathered();
    readLock.lock();
    try {
      ensureOpen();
      if (pendingRead != null) {
        return awaitPending(null);
      }
      return readSkippingHeartbeats();
    } finally {
      readLock.unlock();
    }
  }

  /**
   * Waits at most {@code timeout} for the next message or signal, heartbeats dropped.
   *
   * @throws SocketTimeoutException if nothing complete arrived in time; the read goes on for the next call
   */
  public Packet receive(Duration timeout) throws IOException {
    flushGathered();
    readLock.lock();
    try {
      ensureOpen();
      if (pendingRead == null) {
        pendingRead = new FutureTask<>(this::readSkippingHeartbeats);
        Thread.ofVirtual().name("receive " + transport.remoteAddress()).start(pendingRead);
      }
      return awaitPending(timeout);
    } finally {
      readLock.unlock();
    }
  }

  private Packet awaitPending(Duration timeout) throws IOException {
    try {
      Packet packet = timeout == null ? pendingRead.get()
          : pendingRead.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
      pendingRead = null;
      return packet;
    } catch (TimeoutException e) {
      throw new SocketTimeoutException("No message from " + describePeer() + " within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting for " + describePeer());
    } catch (ExecutionException e) {
      pendingRead = null;
      switch (e.getCause()) {
        case IOException io -> throw io;
        case RuntimeException runtime -> throw runtime;
        case Error error -> throw error;
        default -> throw new IOException("Read from " + describePeer() + " failed", e.getCause());
      }
    }
  }

  private Packet readSkippingHeartbeats() throws IOException {
    while (true) {
      Packet packet = readFrame();
      if (packet instanceof Packet.SignalPacket s && (s.is(Signal.HEARTBEAT) || s.is(Signal.HB_RESPONSE))) {
        continue;
      }
      if (packet instanceof Packet.SignalPacket s && s.is(Signal.TERMINATE)) {
        terminateReceived = true;
      }
      return packet;
    }
  }

  private Packet readFrame() throws IOException {
    try {
      return reader.read();
    } catch (IOException e) {
      if (closed && !(e instanceof ConnectionClosedException)) {
        ConnectionClosedException local = new ConnectionClosedException(
            "Connection to " + describePeer() + " was closed here while reading");
        local.initCause(e);
        throw local;
      }
      throw e;
    }
  }

  /**
   * Whether the peer sent {@code BNET_TERMINATE} (Bareos then marks the socket terminated, PROTOCOL.md §1.1; e.g.
   * the FD/SD answer a later poll with {@code 2999 Terminate\n}).
   */
  public boolean terminateReceived() {
    return terminateReceived;
  }

  /**
   * Starts sending {@code BNET_HEARTBEAT} every {@code interval} on a virtual thread, until {@link #stopHeartbeat()}
   * or {@link #close()}. Replaces a heartbeat already running.
   */
  public void startHeartbeat(Duration interval) throws InterruptedException {
    HeartbeatSender next = new HeartbeatSender(this, interval);
    lastHeartbeat = next;
    HeartbeatSender previous = heartbeat.getAndSet(next);
    if (previous != null) {
      previous.requestStop();
      previous.join();
    }
    next.start();
  }

  /** Stops the heartbeat, if one runs, and waits until it can send no more. */
  public void stopHeartbeat() throws InterruptedException {
    HeartbeatSender running = heartbeat.getAndSet(null);
    if (running != null) {
      running.requestStop();
      running.join();
    }
  }

  /** The write failure that ended the last heartbeat sender, if one did. */
  public Optional<IOException> heartbeatFailure() {
    HeartbeatSender last = lastHeartbeat;
    return last == null ? Optional.empty() : last.failure();
  }

  /** Logs every frame this connection sends to {@code trace}, as {@code own -> peer} (see {@link NetworkTrace}). */
  public void traceTo(NetworkTrace trace, Participant own, Participant peer) {
    this.trace = trace.between(own, peer);
  }

  /** Logs every frame this connection sends to {@code observer}. */
  public void traceTo(FrameObserver observer) {
    this.trace = Objects.requireNonNull(observer, "observer");
  }

  /** Records who the peer is (known after its hello or our connect) for logs and error messages. */
  public void identifyPeer(QualifiedName peer) {
    this.peer = Objects.requireNonNull(peer, "peer");
  }

  /** The peer's type and name, once identified. */
  public Optional<QualifiedName> peer() {
    return Optional.ofNullable(peer);
  }

  /** For logs: {@code R_DIRECTOR::bareos-dir at 127.0.0.1:9101}, or only the address before identification. */
  public String describePeer() {
    QualifiedName known = peer;
    return known == null ? transport.remoteAddress() : known + " at " + transport.remoteAddress();
  }

  /** The transport's protection: {@code Cleartext} or the TLS cipher and protocol. */
  public String protection() {
    return transport.protection();
  }

  /** The transport under this connection. */
  public Transport transport() {
    return transport;
  }

  public boolean isClosed() {
    return closed;
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new ConnectionClosedException("Connection to " + describePeer() + " is closed");
    }
  }

  /** Stops the heartbeat and closes the transport. Sends nothing. Idempotent. */
  @Override
  public void close() throws IOException {
    closed = true;
    HeartbeatSender running = heartbeat.getAndSet(null);
    if (running != null) {
      running.requestStop();
    }
    transport.close();
    if (running != null) {
      try {
        running.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("Interrupted while stopping the heartbeat to " + describePeer());
      }
    }
  }

  @Override
  public String toString() {
    return "BareosConnection[" + describePeer() + ", " + transport.protection() + "]";
  }
}
