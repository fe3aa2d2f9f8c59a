package org.jbareos.catalog;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the catalog lives: an embedded PostgreSQL under the Director's working directory, or an external server.
 *
 * <p>The choice follows the Director's {@code Catalog} resource: with no {@code DB Address} the catalog is embedded;
 * otherwise {@code DB Address}, {@code DB Port}, {@code DB Name}, {@code DB User} and {@code DB Password} name the
 * external server (DESIGN.md, "Catalog").
 */
public sealed interface CatalogSettings {

  /** Bareos's default database name ({@code DB Name = bareos} in the shipped Catalog resource). */
  String DEFAULT_DATABASE = "bareos";
  /** PostgreSQL's default port, which Bareos uses when {@code DB Port} is not set. */
  int DEFAULT_PORT = 5432;

  /** {@code host:port} for messages. */
  String endpoint();

  /**
   * A PostgreSQL started from the jar with its data in {@code <workingDirectory>/catalog-db}.
   *
   * @param port the loopback port, or 0 to take a free one at each start
   */
  record Embedded(Path workingDirectory, int port) implements CatalogSettings {
    public Embedded {
      Objects.requireNonNull(workingDirectory, "workingDirectory");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    /** The PostgreSQL data directory. */
    public Path dataDirectory() {
      return workingDirectory.resolve("catalog-db");
    }

    @Override
    public String endpoint() {
      return "127.0.0.1:" + (port == 0 ? "<free port>" : port);
    }
  }

  /** An external PostgreSQL reached with pgjdbc. */
  record External(String host, int port, String database, String user, String password) implements CatalogSettings {
    public External {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(database, "database");
      Objects.requireNonNull(user, "user");
      password = password == null ? "" : password;
      if (port <= 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
    }

    /** The JDBC URL for this server; connect and socket timeouts keep a dead server from hanging the Director. */
    public String jdbcUrl() {
      String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database;
    }

    @Override
    public String endpoint() {
      return host + ":" + port;
    }

    @Override
    public String toString() {
      return "External[host=" + host + ", port=" + port + ", database=" + database + ", user=" + user + "]";
    }
  }

  /**
   * The settings for a Director's {@code Catalog} resource: embedded when {@code dbAddress} is null or blank.
   *
   * @param dbPort 0 for the default (5432 external, a free port embedded)
   * @param dbName null for {@value #DEFAULT_DATABASE}
   */
  static CatalogSettings fromCatalogResource(
      String dbAddress, int dbPort, String dbName, String dbUser, String dbPassword, Path workingDirectory) {
    if (dbAddress == null || dbAddress.isBlank()) {
      return new Embedded(workingDirectory, dbPort);
    }
    return new External(
        dbAddress.strip(),
        dbPort == 0 ? DEFAULT_PORT : dbPort,
        dbName == null || dbName.isBlank() ? DEFAULT_DATABASE : dbName,
        dbUser == null || dbUser.isBlank() ? DEFAULT_DATABASE : dbUser,
        dbPassword);
  }
}
