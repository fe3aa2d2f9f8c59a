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

  /**
   * One embedded catalog through its life (one initdb, which is the slow part): the first start migrates, the
   * server listens on loopback, closing it frees the port, a second start on the same directory migrates nothing
   * and sees the data; meanwhile a second catalog reaching that server from outside gets the clear exception while
   * the server is down and works again after it is back.
   */
  @Test
  void embeddedCatalogStartsStopsAndRestartsWithItsData(@TempDir Path tmp) throws IOException {
    Path workingDirectory = tmp.resolve("jbareos-lifecycle");
    String clientName = TestCatalogs.unique("client1-fd");
    CatalogDatabase server = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, 0));
    try {
      assertThat(server.migrationsApplied()).as("migrations on an empty database").isEqualTo(2);
      assertThat(server.endpoint()).startsWith("127.0.0.1:");
      int port = Integer.parseInt(server.endpoint().substring("127.0.0.1:".length()));
      try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
        assertThat(socket.isConnected()).isTrue();
      }
      ClientRecord client = server.clients().findOrCreate(clientName, "25.0.0 (01Jan25) Debian", true, 2592000, 15552000);

      try (CatalogDatabase director =
          CatalogDatabase.open(new CatalogSettings.External("127.0.0.1", port, "bareos", "postgres", ""))) {
        assertThat(director.migrationsApplied()).as("migrations on a current database").isZero();
        server.close();
        assertThat(workingDirectory.resolve("catalog-db").resolve("postgresql.conf")).exists();
        try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
          assertThat(free.getLocalPort()).as("port free after close").isEqualTo(port);
        }

        long start = System.nanoTime();
        assertThatThrownBy(() -> director.clients().findById(client.clientId()))
            .isInstanceOf(CatalogUnavailableException.class)
            .hasMessageContaining("127.0.0.1:" + port);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

        server = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, port));
        assertThat(server.migrationsApplied()).as("migrations on the second start").isZero();
        assertThat(server.clients().findByName(clientName)).hasValueSatisfying(c -> {
          assertThat(c.uname()).isEqualTo("25.0.0 (01Jan25) Debian");
          assertThat(c.fileRetention()).isEqualTo(2592000);
        });
        assertThat(director.clients().findById(client.clientId())).as("retry after the server is back").contains(client);
      }
    } finally {
      server.close();
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
