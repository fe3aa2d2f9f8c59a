package org.jbareos.director.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.director.console.WaitingClients.WaitingClient;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Director's connection pool (PROTOCOL.md §9, {@code lib/connection_pool.cc}) over real loopback sockets. */
class ClientConnectionPoolTest {
  private static final LocalDateTime T = LocalDateTime.of(2026, 11, 22, 2, 11, 51);
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final ClientConnectionPool pool = new ClientConnectionPool();

  @AfterEach
  void closeAll() throws Exception {
    pool.close();
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  @Test
  void takesTheNewestConnectionOfTheClientAndListsTheRest() throws Exception {
    Pair older = pair();
    Pair other = pair();
    Pair newer = pair();
    pool.add(new PooledClient("bareos-fd", 54, T, older.director));
    pool.add(new PooledClient("other-fd", 53, T.plusMinutes(1), other.director));
    pool.add(new PooledClient("bareos-fd", 54, T.plusMinutes(2), newer.director));

    assertThat(pool.take("bareos-fd").orElseThrow().connection()).isSameAs(newer.director);
    assertThat(pool.waiting()).containsExactly(new WaitingClient(T, 54, "bareos-fd"),
        new WaitingClient(T.plusMinutes(1), 53, "other-fd"));
    assertThat(pool.take("missing-fd")).isEmpty();
  }

  @Test
  void aClientThatHungUpDisappears() throws Exception {
    Pair gone = pair();
    pool.add(new PooledClient("bareos-fd", 54, T, gone.director));
    gone.fd.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!pool.waiting().isEmpty()) {
      assertThat(System.nanoTime()).as("the dead connection is dropped within 10 s").isLessThan(deadline);
      Thread.sleep(10);
    }
    assertThat(gone.director.isClosed()).as("released").isTrue();
  }

  @Test
  void awaitGetsAConnectionThatArrivesLaterAndGivesUpAtTheDeadline() throws Exception {
    assertThat(pool.await("bareos-fd", Duration.ofMillis(50))).isEmpty();
    Pair later = pair();
    Thread.ofVirtual().start(() -> pool.add(new PooledClient("bareos-fd", 54, T, later.director)));
    assertThat(pool.await("bareos-fd", Duration.ofSeconds(10)).orElseThrow().connection()).isSameAs(later.director);
  }

  @Test
  void closingThePoolReleasesTheWaitingConnections() throws Exception {
    Pair pair = pair();
    PooledClient client = new PooledClient("bareos-fd", 54, T, pair.director);
    pool.add(client);
    pool.close();
    client.awaitRelease();
    assertThat(pair.director.isClosed()).isTrue();
    assertThat(pool.waiting()).isEmpty();
  }

  private record Pair(BareosConnection director, BareosConnection fd) {}

  private Pair pair() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Socket fdSide = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
      Socket dirSide = listener.accept();
      Pair pair = new Pair(new BareosConnection(new SocketTransport(dirSide)),
          new BareosConnection(new SocketTransport(fdSide)));
      opened.add(pair.director);
      opened.add(pair.fd);
      return pair;
    }
  }
}
