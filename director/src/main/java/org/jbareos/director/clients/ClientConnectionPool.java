package org.jbareos.director.clients;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jbareos.director.console.WaitingClients;

/**
 * The Director's pool of client initiated connections (PROTOCOL.md §9, {@code lib/connection_pool.cc}): File Daemons
 * that dialled in and wait for jobs. A job takes the newest connection of its Client ({@code UseWaitingClient}),
 * or waits for one to appear; {@code status director} lists them.
 *
 * <p>Every touch (add, take, list) first drops the connections that died and discards stray data on the others, as
 * {@code CleanupConnectionPool} does, so the list never shows an FD that is gone.
 */
public final class ClientConnectionPool implements WaitingClients, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ClientConnectionPool.class.getName());

  private final List<PooledClient> pool = new ArrayList<>();
  private final List<Consumer<String>> arrivalListeners = new CopyOnWriteArrayList<>();
  private boolean closed;

  /**
   * Tells {@code listener} the Client name of every connection added from now on, once it is in the pool ({@code
   * HandleFiledConnection} then runs {@code RunOnIncomingConnectInterval}). It runs on the accepting thread.
   */
  public void whenClientConnects(Consumer<String> listener) {
    arrivalListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Adds a connection; a job waiting for this Client wakes up, then the arrival listeners hear of it. A closed pool
   * releases it at once.
   */
  public void add(PooledClient client) {
    if (!put(client)) {
      return;
    }
    for (Consumer<String> listener : arrivalListeners) {
      try {
        listener.accept(client.name());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Handling the connection of Client \"" + client.name() + "\" failed: " + e, e);
      }
    }
  }

  private synchronized boolean put(PooledClient client) {
    cleanup();
    if (closed) {
      client.release();
      return false;
    }
    pool.add(client);
    notifyAll();
    return true;
  }

  /** Removes and returns the newest live connection of {@code clientName}, if any. */
  public synchronized Optional<PooledClient> take(String clientName) {
    cleanup();
    for (int i = pool.size() - 1; i >= 0; i--) {
      if (pool.get(i).name().equals(clientName)) {
        return Optional.of(pool.remove(i));
      }
    }
    return Optional.empty();
  }

  /** {@link #take} that waits up to {@code timeout} for a connection of {@code clientName} to arrive. */
  public synchronized Optional<PooledClient> await(String clientName, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<PooledClient> found = take(clientName);
      long left = deadline - System.nanoTime();
      if (found.isPresent() || left <= 0 || closed) {
        return found;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  @Override
  public synchronized List<WaitingClient> waiting() {
    cleanup();
    return pool.stream()
        .map(c -> new WaitingClient(c.connectTime(), c.protocolVersion(), c.name()))
        .toList();
  }

  /** Releases every waiting connection (the Director stops) and refuses later ones. */
  @Override
  public synchronized void close() {
    closed = true;
    pool.forEach(PooledClient::release);
    pool.clear();
    notifyAll();
  }

  private void cleanup() {
    pool.removeIf(client -> {
      if (client.drainAndCheck()) {
        return false;
      }
      client.release();
      return true;
    });
  }
}
