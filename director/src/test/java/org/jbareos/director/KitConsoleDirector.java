package org.jbareos.director;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.testkit.SharedData;

/**
 * The kit's Director ({@code conformance/config}) for console tests: the time fixed at 22-Nov-26 03:00 (the
 * recordings' day), no delay after a failed CRAM-MD5, listening on a free loopback port.
 */
final class KitConsoleDirector {
  private KitConsoleDirector() {}

  /** The options console tests start from: {@code catalog}, the fixed clock, no CRAM delay, a free loopback port. */
  static DirectorDaemon.Options options(CatalogDatabase catalog) {
    return DirectorDaemon.Options.defaults().withCatalog(catalog)
        .withClock(new SettableClock(LocalDateTime.of(2026, 11, 22, 3, 0)))
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
        .withListen(new InetSocketAddress("127.0.0.1", 0));
  }

  /** The kit's Director started with {@code options}. */
  static DirectorDaemon start(DirectorDaemon.Options options) throws Exception {
    return DirectorDaemon.start(SharedData.conformance("config"), options);
  }
}
