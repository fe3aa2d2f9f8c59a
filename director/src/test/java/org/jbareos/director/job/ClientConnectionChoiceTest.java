package org.jbareos.director.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.clients.PooledClient;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.testkit.KitConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a job gets its File Daemon connection ({@code ConnectToFileDaemon}, PROTOCOL.md §9): a waiting client
 * initiated connection first, without a hello; with {@code Connection From Director To Client = no} never a dial,
 * only a wait for the Client to connect, bounded by the connect timeout.
 */
class ClientConnectionChoiceTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  @TempDir Path directory;
  private final ClientConnectionPool pool = new ClientConnectionPool();
  private final List<AutoCloseable> opened = new ArrayList<>();
  private final JobLog log = new JobLog(null, Clock.systemDefaultZone(), "bareos-dir", 1, type -> false);
  private final ClientHandshakes handshakes = new ClientHandshakes();

  @AfterEach
  void closeAll() throws Exception {
    pool.close();
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  @Test
  void aWaitingConnectionIsUsedWithoutAHello() throws Exception {
    ServerSocket neverDialled = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    opened.add(neverDialled);
    BareosConnection[] pair = pair();
    pool.add(new PooledClient("bareos-fd", 54, LocalDateTime.now(), pair[0]));

    ClientResource client = client(neverDialled.getLocalPort(), true);
    try (FileDaemonSession session = FileDaemonSession.connect(settings(), handshakes, client, log)) {
      // client-initiated.bconsole-out-2.txt, JobId 8: the first job after the Director started
      assertThat(texts()).containsExactly(
          "Probing client protocol... (result will be saved until config reload)\n",
          "Using Client Initiated Connection (bareos-fd).\n",
          "   Handshake: Cleartext \n",
          " Encryption: None\n");
    }
    assertThat(pair[0].isClosed()).as("the job's end releases the pooled connection").isTrue();
    assertThat(pool.waiting()).isEmpty();

    BareosConnection[] next = pair();
    pool.add(new PooledClient("bareos-fd", 54, LocalDateTime.now(), next[0]));
    try (FileDaemonSession session = FileDaemonSession.connect(settings(), handshakes, client, log)) {
      // client-initiated-heartbeat.bconsole-out.txt, JobId 11: the protocol was known from an earlier job
      assertThat(texts().subList(4, texts().size())).containsExactly(
          "Using Client Initiated Connection (bareos-fd).\n",
          " Handshake: Cleartext \n",
          " Encryption: None\n");
    }
    assertThat(pair[0].isClosed()).as("the job's end releases the pooled connection").isTrue();
    assertThat(pool.waiting()).isEmpty();
  }

  @Test
  void withoutDiallingTheJobWaitsForTheClientToConnect() throws Exception {
    BareosConnection[] pair = pair();
    Thread.ofVirtual().start(() -> pool.add(new PooledClient("bareos-fd", 54, LocalDateTime.now(), pair[0])));
    try (FileDaemonSession session = FileDaemonSession.connect(settings().withConnect(timeout(Duration.ofSeconds(10))),
        handshakes, client(1, false), log)) {
      assertThat(texts()).contains("Using Client Initiated Connection (bareos-fd).\n");
    }
  }

  @Test
  void withoutDiallingAndWithoutAConnectionTheJobFailsClearly() throws Exception {
    ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    opened.add(listener);
    listener.setSoTimeout(1);
    assertThatThrownBy(() -> FileDaemonSession.connect(settings(), handshakes, client(listener.getLocalPort(),
        false), log))
        .isInstanceOf(JobFailure.class)
        .hasMessage("Failed to connect to Client \"bareos-fd\": no client initiated connection arrived within 200 ms"
            + " (Connection From Director To Client = no).");
    assertThatThrownBy(listener::accept).as("never dialled").isInstanceOf(java.net.SocketTimeoutException.class);
  }

  /** The job log's texts, without the {@code bareos-dir JobId 1: } prefix. */
  private List<String> texts() {
    return log.lines().stream().map(line -> line.substring(line.indexOf(": ") + 2)).toList();
  }

  private JobEngineSettings settings() {
    return JobEngineSettings.of("bareos-dir").withClients(pool).withConnect(timeout(SHORT));
  }

  private static ClientSettings timeout(Duration connectTimeout) {
    ClientSettings c = JobEngineSettings.of("bareos-dir").connect();
    return new ClientSettings(c.own(), c.participant(), c.tlsVersions(), c.cram(), connectTimeout,
        c.handshakeTimeout(), c.trace(), c.certificates());
  }

  /** The kit's Client bareos-fd at {@code port}, dialling allowed or not, client initiated connections allowed. */
  private ClientResource client(int port, boolean dial) throws Exception {
    Path config = KitConfiguration.copy(directory, port, 1);
    KitConfig.rewrite(config.resolve("bareos-dir.d/client/bareos-fd.conf"), "Name = bareos-fd",
        "Name = bareos-fd\n  Connection From Client To Director = yes\n  Connection From Director To Client = "
            + (dial ? "yes" : "no"));
    return DirectorConfig.load(config).client("bareos-fd").orElseThrow();
  }

  private BareosConnection[] pair() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Socket fdSide = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
      BareosConnection director = new BareosConnection(new SocketTransport(listener.accept()));
      BareosConnection fd = new BareosConnection(new SocketTransport(fdSide));
      opened.add(director);
      opened.add(fd);
      return new BareosConnection[] {director, fd};
    }
  }
}
