package org.jbareos.director;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.console.WaitingClients;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.storage.StorageDaemon;
import org.jbareos.testkit.FreePort;

/**
 * An in-process site for client initiated connections: embedded catalog, a real Storage Daemon, the job engine and
 * the Director listening on a loopback port, sharing one {@link ClientConnectionPool}. File Daemons dial {@link
 * #port()}.
 */
final class ClientInitiatedDirector implements AutoCloseable {
  static final Duration DEADLINE = Duration.ofSeconds(30);
  static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  final ClientConnectionPool pool = new ClientConnectionPool();
  final CatalogDatabase catalog;
  final StorageDaemon sd;
  final DirectorConfig config;
  final JobEngine engine;
  final DirectorDaemon director;

  /** Starts everything; {@code engineSettings} adjusts the job engine's settings (timeouts). */
  ClientInitiatedDirector(KitSite site, Path directory, UnaryOperator<JobEngineSettings> engineSettings)
      throws Exception {
    catalog = CatalogDatabase.open(new CatalogSettings.Embedded(directory.resolve("catalog"), 0));
    try {
      sd = StorageDaemon.start(StorageDaemonConfig.load(site.storage(FreePort.onLoopback())), Optional.empty());
      config = DirectorConfig.load(site.director(sd.port(), 0));
      JobEngineSettings settings = JobEngineSettings.of(config).withClients(pool).withMessageTimeout(DEADLINE);
      settings = engineSettings.apply(settings.withConnect(settings.connect().withCram(NO_DELAY)));
      engine = new JobEngine(config, catalog, settings);
      director = DirectorDaemon.start(config, DirectorDaemon.Options.defaults()
          .withCatalog(catalog).withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT).withWaitingClients(pool)
          .withJobRunner(new EngineJobRunner(engine)));
    } catch (Exception | Error e) {
      catalog.close();
      throw e;
    }
  }

  int port() {
    return director.port();
  }

  /** The names of the waiting connections, oldest first. */
  List<String> waiting() {
    return pool.waiting().stream().map(WaitingClients.WaitingClient::name).toList();
  }

  /** Polls {@code condition} until it holds or {@link #DEADLINE} passes. */
  static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " within " + DEADLINE);
      }
      Thread.sleep(Duration.ofMillis(20));
    }
  }

  @Override
  public void close() throws Exception {
    try (catalog; sd) {
      director.close();
      pool.close();
    }
  }
}
