package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.console.WaitingClients;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.storage.StorageDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client initiated connections end to end (PROTOCOL.md §9, conformance client-initiated.txt): a real File Daemon
 * dials an in-process Director, waits in its pool and shows in {@code status director}; with {@code Connection From
 * Director To Client = no} a Full backup (real Storage Daemon) can only run over that connection; the FD dials again
 * for the next job.
 */
class ClientInitiatedBackupTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  @TempDir Path directory;

  @Test
  void aBackupRunsOverTheConnectionTheFdOpened() throws Exception {
    KitSite site = KitSite.clientInitiated(directory);
    Files.createDirectories(site.data().resolve("sub"));
    Files.writeString(site.data().resolve("a.txt"), "client initiated\n");
    Files.writeString(site.data().resolve("sub/b.txt"), "b".repeat(10_000));
    ClientConnectionPool pool = new ClientConnectionPool();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(directory.resolve("catalog"), 0));
        StorageDaemon sd = StorageDaemon.start(StorageDaemonConfig.load(site.storage(freeLoopbackPort())),
            Optional.empty())) {
      DirectorConfig config = DirectorConfig.load(site.director(sd.port(), 0));
      JobEngineSettings settings = JobEngineSettings.of(config).withClients(pool)
          .withMessageTimeout(DEADLINE);
      settings = settings.withConnect(settings.connect().withCram(NO_DELAY));
      JobEngine engine = new JobEngine(config, catalog, settings);
      try (DirectorDaemon director = DirectorDaemon.start(config, DirectorDaemon.Options.defaults()
              .withCatalog(catalog).withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT).withWaitingClients(pool)
              .withJobRunner(new EngineJobRunner(engine)));
          FileDaemon fd = FileDaemon.start(FileDaemonConfig.load(site.fileDaemon(director.port())),
              FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY))) {
        awaitTrue("the FD waits in the pool", () -> names(pool).equals(List.of("bareos-fd")));

        try (ConsoleClient console = ConsoleClient.login(director.port())) {
          String status = String.join("", console.text("status director"));
          assertThat(status).contains("Client Initiated Connections (waiting for jobs):\n"
              + "Connect time        Protocol            Authenticated       Name                                    \n"
              + "=".repeat(100) + "\n");
          assertThat(status).containsPattern("\\d\\d-\\w{3}-\\d\\d \\d\\d:\\d\\d     54                  1       "
              + "            bareos-fd {31}\n====\n");
        }

        JobResult result = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL)).await(DEADLINE);
        String log = String.join("", result.log());
        assertThat(result.status()).as(log).isEqualTo(JobStatus.TERMINATED);
        assertThat(log).contains("Using Client Initiated Connection (bareos-fd).");
        assertThat(result.jobFiles()).as(log).isEqualTo(4);

        awaitTrue("the FD dialled again and waits for the next job", () -> names(pool).equals(List.of("bareos-fd")));
      }
    }
  }

  private static List<String> names(WaitingClients pool) {
    return pool.waiting().stream().map(WaitingClients.WaitingClient::name).toList();
  }

  /** Polls {@code condition} until it holds or {@link #DEADLINE} passes. */
  private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as(what + " within " + DEADLINE).isTrue();
      Thread.sleep(Duration.ofMillis(20));
    }
  }

  private static int freeLoopbackPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
