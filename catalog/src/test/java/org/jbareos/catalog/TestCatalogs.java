package org.jbareos.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The catalogs the repository tests run against, each started once per test run (one surefire JVM): the embedded
 * PostgreSQL in a temporary working directory, and the external PostgreSQL that {@code bin/lib/test-services.sh}
 * sets up ({@code JBAREOS_PG_URL}, {@code JBAREOS_PG_USER}, {@code JBAREOS_PG_PASSWORD}). Without that URL the
 * external variant is skipped by an assumption.
 */
enum TestCatalogs {
  EMBEDDED,
  EXTERNAL;

  private CatalogDatabase catalog;

  synchronized CatalogDatabase catalog() {
    if (this == EXTERNAL) {
      assumeTrue(System.getenv("JBAREOS_PG_URL") != null, "JBAREOS_PG_URL not set: no external PostgreSQL");
    }
    if (catalog == null) {
      CatalogSettings settings = settings();
      CatalogDatabase opened = CatalogDatabase.open(settings);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        if (settings instanceof CatalogSettings.Embedded embedded) {
          // zonky's own shutdown hook may be stopping the server at the same time: wait for the postmaster to
          // exit before deleting its data directory
          var postmaster = postmaster(embedded.dataDirectory());
          opened.close();
          postmaster.ifPresent(p -> p.onExit().completeOnTimeout(p, 30, java.util.concurrent.TimeUnit.SECONDS).join());
          deleteTree(embedded.workingDirectory());
        } else {
          opened.close();
        }
      }));
      catalog = opened;
    }
    return catalog;
  }

  private CatalogSettings settings() {
    if (this == EMBEDDED) {
      try {
        return new CatalogSettings.Embedded(Files.createTempDirectory("jbareos-catalog-test"), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return external(System.getenv("JBAREOS_PG_URL"), System.getenv("JBAREOS_PG_USER"), System.getenv("JBAREOS_PG_PASSWORD"));
  }

  /** Settings from a {@code jdbc:postgresql://host:port/db} URL as test-services.sh prints it. */
  static CatalogSettings.External external(String jdbcUrl, String user, String password) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    return new CatalogSettings.External(
        uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1), user, password);
  }

  /** A name no other test (nor an earlier run on the external database) has used. */
  static String unique(String prefix) {
    return prefix + "-" + Long.toHexString(System.nanoTime()) + Integer.toHexString((int) (Math.random() * 0xffff));
  }

  private static java.util.Optional<ProcessHandle> postmaster(Path dataDirectory) {
    try {
      return ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip()));
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Removes a temporary working directory and the embedded catalog's data in it. */
  static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is not worth failing the run for
    }
  }
}
