package org.jbareos.catalog;

import java.nio.file.Path;

/**
 * Opens an embedded catalog in its own JVM (a stand-in Director), stores a client, prints {@code READY <port>}
 * and then either exits normally ({@code exit}: the shutdown hook must stop PostgreSQL) or waits to be killed
 * ({@code wait}: PostgreSQL is orphaned).
 */
public final class CatalogInChildJvm {
  private CatalogInChildJvm() {}

  public static void main(String[] args) throws InterruptedException {
    CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(Path.of(args[0]), 0));
    catalog.clients().findOrCreate(args[1], "child", false, 0, 0);
    System.out.println("READY " + catalog.endpoint().substring("127.0.0.1:".length()));
    System.out.flush();
    if ("wait".equals(args[2])) {
      Thread.sleep(Long.MAX_VALUE);
    }
    System.exit(0);
  }
}
