package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, stopping and restarting the embedded catalog, and a catalog whose server is down. */
class CatalogLifecycleTest {

  @Test
  void embeddedCatalogMigratesOnceAndKeepsItsDataAcrossRestarts(@TempDir Path tmp) {
    Path workingDirectory = tmp.resolve("jbareos-lifecycle");
    CatalogSettings settings = new CatalogSettings.Embedded(workingDirectory, 0);
    String clientName = TestCatalogs.unique("client1-fd");
    try (CatalogDatabase first = CatalogDatabase.open(settings)) {
      assertThat(first.migrationsApplied()).isEqualTo(2);
      assertThat(first.endpoint()).startsWith("127.0.0.1:");
      first.clients().findOrCreate(clientName, "25.0.0 (01Jan25) Debian", true, 2592000, 15552000);
    }
    assertThat(workingDirectory.resolve("catalog-db").resolve("postgresql.conf")).exists();
    try (CatalogDatabase second = CatalogDatabase.open(settings)) {
      assertThat(second.migrationsApplied()).isZero();
      assertThat(second.clients().findByName(clientName)).hasValueSatisfying(c -> {
        assertThat(c.uname()).isEqualTo("25.0.0 (01Jan25) Debian");
        assertThat(c.fileRetention()).isEqualTo(2592000);
      });
    }
  }

  @Test
  void embeddedServerListensOnlyOnLoopbackAndStopsOnClose(@TempDir Path tmp) throws IOException {
    CatalogSettings settings = new CatalogSettings.Embedded(tmp.resolve("jbareos-stop"), 0);
    int port;
    try (CatalogDatabase catalog = CatalogDatabase.open(settings)) {
      port = Integer.parseInt(catalog.endpoint().substring("127.0.0.1:".length()));
      try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
        assertThat(socket.isConnected()).isTrue();
      }
    }
    // after close the port is free again: nothing listens there any more
    try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(free.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void downDatabaseFailsFastWithHostAndPort() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    CatalogSettings settings = new CatalogSettings.External("127.0.0.1", closedPort, "bareos", "bareos", "secret");
    long start = System.nanoTime();
    assertThatThrownBy(() -> CatalogDatabase.open(settings))
        .isInstanceOf(CatalogUnavailableException.class)
        .hasMessageContaining("127.0.0.1:" + closedPort)
        .satisfies(e -> assertThat(((CatalogUnavailableException) e).endpoint()).isEqualTo("127.0.0.1:" + closedPort));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void serverGoingAwayGivesTheClearExceptionAndTheCallerCanRetry(@TempDir Path tmp) {
    Path dir = tmp.resolve("jbareos-restart");
    CatalogDatabase server = CatalogDatabase.open(new CatalogSettings.Embedded(dir, 0));
    int port = Integer.parseInt(server.endpoint().substring("127.0.0.1:".length()));
    // a second catalog reaching the same server from outside, as a Director reaches an external database
    try (CatalogDatabase director =
        CatalogDatabase.open(new CatalogSettings.External("127.0.0.1", port, "bareos", "postgres", ""))) {
      ClientRecord client = director.clients().findOrCreate(TestCatalogs.unique("fd"), "", false, 0, 0);
      server.close();
      long start = System.nanoTime();
      assertThatThrownBy(() -> director.clients().findById(client.clientId()))
          .isInstanceOf(CatalogUnavailableException.class)
          .hasMessageContaining("127.0.0.1:" + port);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      server = CatalogDatabase.open(new CatalogSettings.Embedded(dir, port));
      assertThat(director.clients().findById(client.clientId())).contains(client);
    } finally {
      server.close();
    }
  }

  @Test
  void catalogResourceWithoutAddressIsEmbedded() {
    Path dir = Path.of("/var/lib/bareos");
    assertThat(CatalogSettings.fromCatalogResource(null, 0, "bareos", "bareos", "", dir))
        .isEqualTo(new CatalogSettings.Embedded(dir, 0));
    assertThat(CatalogSettings.fromCatalogResource("db.example.org", 0, null, null, "pw", dir))
        .isEqualTo(new CatalogSettings.External("db.example.org", 5432, "bareos", "bareos", "pw"));
    assertThat(new CatalogSettings.External("::1", 5433, "bareos", "u", "p").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5433/bareos");
    assertThat(new CatalogSettings.External("h", 1, "d", "u", "secret").toString()).doesNotContain("secret");
  }
}
