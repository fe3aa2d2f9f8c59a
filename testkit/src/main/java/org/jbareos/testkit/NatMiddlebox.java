package org.jbareos.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A NAT-like TCP middlebox on loopback for tests: every connection it accepts is forwarded to one target, and a flow
 * that stays idle (no byte in either direction) for longer than {@code idleTimeout} is forgotten, as a NAT router or
 * stateful firewall forgets its mapping. From then on the flow is a black hole: bytes from either side are dropped,
 * an end of stream is not passed on, and neither side is closed or reset.
 *
 * <p>That is the failure users meet with client initiated connections (PROTOCOL.md §9) and long jobs: nobody is told
 * the flow is gone. A File Daemon keeps waiting on a connection that leads nowhere, and the Director sends {@code
 * JobId=...} into it and waits for an answer that never comes. (A real NAT also stops the TCP acknowledgements, so
 * the sender's kernel gives up after its retransmission timeout, about 15 minutes; here the middlebox's own socket
 * acknowledges, so the sender notices only at the application level, which is what matters within a test.) Traffic
 * such as {@code BNET_HEARTBEAT} more often than the idle timeout keeps the flow alive.
 *
 * <p>The mapping expires lazily: a flow is forgotten when the next byte finds it idle for too long, which drops that
 * byte and everything after it exactly as an expired mapping would.
 *
 * <pre>{@code
 * try (NatMiddlebox nat = NatMiddlebox.start(new InetSocketAddress("127.0.0.1", directorPort), Duration.ofSeconds(2))) {
 *   // point the File Daemon at nat.port()
 * }
 * }</pre>
 */
public final class NatMiddlebox implements AutoCloseable {
  private static final int BUFFER = 16 * 1024;

  private final ServerSocket listener;
  private final InetSocketAddress target;
  private final long idleNanos;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger forgotten = new AtomicInteger();

  private NatMiddlebox(ServerSocket listener, InetSocketAddress target, Duration idleTimeout) {
    this.listener = listener;
    this.target = target;
    this.idleNanos = idleTimeout.toNanos();
  }

  /** Listens on a free loopback port and forwards to {@code target}, forgetting flows idle for {@code idleTimeout}. */
  public static NatMiddlebox start(InetSocketAddress target, Duration idleTimeout) throws IOException {
    Objects.requireNonNull(target, "target");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idle timeout must be positive: " + idleTimeout);
    }
    ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    NatMiddlebox middlebox = new NatMiddlebox(listener, target, idleTimeout);
    Thread.ofVirtual().name("nat accept " + listener.getLocalPort()).start(middlebox::acceptLoop);
    return middlebox;
  }

  /** The loopback port clients connect to. */
  public int port() {
    return listener.getLocalPort();
  }

  /** How many flows were forgotten for being idle. */
  public int forgottenFlows() {
    return forgotten.get();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket inside;
      try {
        inside = listener.accept();
      } catch (IOException closed) {
        return;
      }
      Socket outside = new Socket();
      try {
        outside.connect(target);
      } catch (IOException unreachable) {
        closeQuietly(inside);
        continue;
      }
      sockets.add(inside);
      sockets.add(outside);
      Flow flow = new Flow();
      Thread.ofVirtual().name("nat " + inside.getPort() + " out").start(() -> pump(flow, inside, outside));
      Thread.ofVirtual().name("nat " + inside.getPort() + " in").start(() -> pump(flow, outside, inside));
    }
  }

  /** Copies {@code from} to {@code to} while the flow is remembered; swallows everything once it is forgotten. */
  private void pump(Flow flow, Socket from, Socket to) {
    byte[] buffer = new byte[BUFFER];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (flow.passes()) {
          out.write(buffer, 0, n);
          out.flush();
        }
      }
      // a FIN is a packet too: it passes only through a remembered flow
      if (flow.passes()) {
        to.shutdownOutput();
      }
    } catch (SocketException closedByTheOtherPump) {
      // the other direction failed or the middlebox closed: nothing more to copy
    } catch (IOException e) {
      // a peer reset: the other side learns through its own socket, as through a real NAT
    }
  }

  /** Stops listening and closes every socket of every flow. */
  @Override
  public void close() throws IOException {
    listener.close();
    sockets.forEach(NatMiddlebox::closeQuietly);
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing for good: nothing to do about it
    }
  }

  /** One mapping: when it last carried a byte, and whether it has been forgotten. */
  private final class Flow {
    private long lastActivity = System.nanoTime();
    private boolean forgottenFlow;

    /** Whether bytes arriving now pass; forgets the flow when it was idle too long. */
    synchronized boolean passes() {
      long now = System.nanoTime();
      if (!forgottenFlow && now - lastActivity > idleNanos) {
        forgottenFlow = true;
        forgotten.incrementAndGet();
      }
      if (forgottenFlow) {
        return false;
      }
      lastActivity = now;
      return true;
    }
  }
}
