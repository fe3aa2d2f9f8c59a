package org.jbareos.director.clients;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.jbareos.net.BareosConnection;

/**
 * One client initiated connection in the Director's pool ({@code lib/connection_pool.cc Connection}): the Client
 * name and {@code FdProtocolVersion} of its hello, when it connected, and the authenticated connection.
 *
 * <p>The thread that accepted the connection waits in {@link #awaitRelease()} until whoever took it (a job) or the
 * pool itself is done with it, because the listener closes a connection as soon as its handler returns.
 */
public final class PooledClient {
  private final String name;
  private final int protocolVersion;
  private final LocalDateTime connectTime;
  private final BareosConnection connection;
  private final CountDownLatch released = new CountDownLatch(1);

  public PooledClient(String name, int protocolVersion, LocalDateTime connectTime, BareosConnection connection) {
    this.name = Objects.requireNonNull(name, "name");
    this.protocolVersion = protocolVersion;
    this.connectTime = Objects.requireNonNull(connectTime, "connectTime");
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  public String name() {
    return name;
  }

  /** The {@code FdProtocolVersion} of the hello (0 when the hello had none), the FD's version for the job. */
  public int protocolVersion() {
    return protocolVersion;
  }

  public LocalDateTime connectTime() {
    return connectTime;
  }

  public BareosConnection connection() {
    return connection;
  }

  /**
   * Whether the connection is still usable, reading and dropping whatever the FD sent while it waited ({@code
   * WaitDataIntr(0)} then {@code recv} in {@code CleanupConnectionPool}): a waiting FD sends nothing, so data is
   * stray and an error or end of stream means the FD is gone. Never blocks.
   */
  boolean drainAndCheck() {
    if (connection.isClosed()) {
      return false;
    }
    try {
      while (true) {
        connection.receive(Duration.ZERO);
      }
    } catch (SocketTimeoutException nothingPending) {
      return !connection.terminateReceived();
    } catch (IOException | RuntimeException gone) {
      return false;
    }
  }

  /** Closes the connection and lets the accepting thread return. */
  public void release() {
    try {
      connection.close();
    } catch (IOException e) {
      // closing a connection the FD already dropped: nothing more to release
    } finally {
      released.countDown();
    }
  }

  /** Blocks until {@link #release()}. */
  public void awaitRelease() throws InterruptedException {
    released.await();
  }

  @Override
  public String toString() {
    return "client initiated connection " + name + " (" + connection.describePeer() + ")";
  }
}
