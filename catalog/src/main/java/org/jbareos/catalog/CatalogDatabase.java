package org.jbareos.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The Director's catalog: opens the database (starting the embedded PostgreSQL when the Catalog resource names no
 * host), brings the schema up to date and hands out the repositories.
 *
 * <pre>{@code
 * try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, 0))) {
 *   JobRecord job = catalog.jobs().create(...);
 * }
 * }</pre>
 *
 * <p>Closing stops the embedded server; an external server is left running. Connections come from a small pool
 * ({@link CatalogConnectionPool}, up to {@value #MAX_IDLE_CONNECTIONS} idle) on pgjdbc's own pooled data source.
 */
public final class CatalogDatabase implements AutoCloseable {
  static final int MAX_IDLE_CONNECTIONS = 8;

  private final CatalogSettings settings;
  private final EmbeddedCatalogServer embedded;
  private final CatalogConnectionPool dataSource;
  private final CatalogTransactions tx;
  private final int migrationsApplied;

  private CatalogDatabase(
      CatalogSettings settings, EmbeddedCatalogServer embedded, PGConnectionPoolDataSource source, String endpoint) {
    this.settings = settings;
    this.embedded = embedded;
    this.dataSource = new CatalogConnectionPool(source, MAX_IDLE_CONNECTIONS);
    try {
      checkReachable(dataSource, endpoint);
      this.migrationsApplied = CatalogMigrations.migrate(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      if (CatalogTransactions.isConnectionFailure(e) && !(e instanceof CatalogUnavailableException)) {
        throw new CatalogUnavailableException(endpoint, e);
      }
      throw e;
    }
    this.tx = new CatalogTransactions(configure(Jdbi.create(dataSource)), endpoint);
  }

  /**
   * Opens the catalog: starts the embedded server or connects to the external one, then migrates the schema.
   *
   * @throws CatalogUnavailableException when an external server cannot be reached (fast: the connect timeout is
   *     5 s and a refused connection fails at once)
   * @throws java.io.UncheckedIOException when the embedded server cannot start (no linux amd64, the fixed port is
   *     taken, the data directory is not writable)
   */
  public static CatalogDatabase open(CatalogSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return switch (settings) {
      case CatalogSettings.Embedded embeddedSettings -> {
        EmbeddedCatalogServer server = EmbeddedCatalogServer.start(embeddedSettings);
        try {
          yield new CatalogDatabase(settings, server, server.dataSource(), "127.0.0.1:" + server.port());
        } catch (RuntimeException e) {
          server.close();
          throw e;
        }
      }
      case CatalogSettings.External external ->
          new CatalogDatabase(settings, null, externalDataSource(external), external.endpoint());
    };
  }

  /** The settings this catalog was opened with. */
  public CatalogSettings settings() {
    return settings;
  }

  /** {@code host:port} of the server (for the embedded one, the loopback port it got). */
  public String endpoint() {
    return tx.endpoint();
  }

  /** How many migrations this open applied (0 when the schema was already current). */
  public int migrationsApplied() {
    return migrationsApplied;
  }

  /** The connections, for tools that need plain JDBC. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Transactions and Jdbi, for SQL beyond the repositories. */
  public CatalogTransactions transactions() {
    return tx;
  }

  /** Runs {@code work} as one transaction: every repository call inside it commits together or not at all. */
  public <R> R inTransaction(Supplier<R> work) {
    return tx.inTransaction(h -> work.get());
  }

  /** Runs {@code work} as one transaction (see {@link #inTransaction(Supplier)}). */
  public void useTransaction(Runnable work) {
    tx.inTransaction(
        h -> {
          work.run();
          return null;
        });
  }

  public JobRepository jobs() {
    return new JobRepository(tx);
  }

  public ClientRepository clients() {
    return new ClientRepository(tx);
  }

  public FileSetRepository fileSets() {
    return new FileSetRepository(tx);
  }

  public PoolRepository pools() {
    return new PoolRepository(tx);
  }

  public MediaRepository media() {
    return new MediaRepository(tx);
  }

  public StorageRepository storages() {
    return new StorageRepository(tx);
  }

  public JobMediaRepository jobMedia() {
    return new JobMediaRepository(tx);
  }

  public LogRepository log() {
    return new LogRepository(tx);
  }

  public CounterRepository counters() {
    return new CounterRepository(tx);
  }

  public FileRepository files() {
    return new FileRepository(tx);
  }

  public RestoreSelection restore() {
    return new RestoreSelection(tx);
  }

  @Override
  public void close() {
    dataSource.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  private static PGConnectionPoolDataSource externalDataSource(CatalogSettings.External external) {
    PGConnectionPoolDataSource ds = new PGConnectionPoolDataSource();
    ds.setURL(external.jdbcUrl());
    ds.setUser(external.user());
    ds.setPassword(external.password());
    ds.setConnectTimeout(5);
    ds.setLoginTimeout(5);
    ds.setTcpKeepAlive(true);
    ds.setApplicationName("jbareos-director");
    return ds;
  }

  private static void checkReachable(DataSource dataSource, String endpoint) {
    try (Connection c = dataSource.getConnection()) {
      c.isValid(5);
    } catch (SQLException e) {
      throw new CatalogUnavailableException(endpoint, e);
    }
  }

  private static Jdbi configure(Jdbi jdbi) {
    jdbi.registerColumnMapper(JobStatus.class, codeMapper(JobStatus::fromCode));
    jdbi.registerColumnMapper(JobType.class, codeMapper(JobType::fromCode));
    jdbi.registerColumnMapper(JobLevel.class, codeMapper(JobLevel::fromCode));
    for (Class<?> row : CatalogRows.TYPES) {
      jdbi.registerRowMapper(ConstructorMapper.factory(row));
    }
    return jdbi;
  }

  private static <T> ColumnMapper<T> codeMapper(java.util.function.Function<Character, T> fromCode) {
    return (rs, column, ctx) -> {
      String value = rs.getString(column);
      return value == null || value.isEmpty() ? null : fromCode.apply(value.charAt(0));
    };
  }
}
