package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
import org.jbareos.director.job.RunningJob;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.CancelReply;
import org.jbareos.protocol.dirsd.SdCancelReply;
import org.jbareos.storage.StorageDaemon;
import org.jbareos.testkit.FreePort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status client=} and {@code cancel} for a Client that dials in and that the Director may not dial
 * (PROTOCOL.md §9, the client-initiated capture's configuration): the Director uses the FD's waiting connection,
 * without hello or authentication, and the FD dials again to wait for the next command.
 */
class ClientInitiatedStatusTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

  @Test
  void statusClientGoesThroughTheWaitingConnection(@TempDir Path directory) throws Exception {
    KitSite site = KitSite.clientInitiated(directory);
    ClientConnectionPool pool = new ClientConnectionPool();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(directory.resolve("catalog"), 0));
        StorageDaemon sd = StorageDaemon.start(StorageDaemonConfig.load(site.storage(FreePort.onLoopback())),
            Optional.empty())) {
      DirectorConfig config = DirectorConfig.load(site.director(sd.port(), 0));
      JobEngineSettings settings = JobEngineSettings.of(config).withClients(pool).withMessageTimeout(DEADLINE);
      settings = settings.withConnect(settings.connect().withCram(NO_DELAY));
      try (DirectorDaemon director = DirectorDaemon.start(config, DirectorDaemon.Options.defaults()
              .withCatalog(catalog).withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT).withWaitingClients(pool)
              .withJobRunner(new EngineJobRunner(new JobEngine(config, catalog, settings))));
          FileDaemon fd = FileDaemon.start(FileDaemonConfig.load(site.fileDaemon(director.port())),
              FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY));
          ConsoleClient console = ConsoleClient.login(director.port())) {
        awaitWaiting(pool);
        String status = String.join("", console.text("status client=bareos-fd"));
        assertThat(status).contains(" Handshake: Cleartext, Encryption: None\n\nbareos-fd Version: 26.0.0 ")
            .contains("\nRunning Jobs:\nbareos-dir (director) connected at: ")
            .doesNotContain("Failed to connect");
        awaitWaiting(pool);
        assertThat(String.join("", console.text("status client=bareos-fd"))).contains("bareos-fd Version: ");
      }
    }
  }

  @Test
  void cancelGoesThroughTheWaitingConnection(@TempDir Path directory) throws Exception {
    KitSite site = KitSite.clientInitiated(directory);
    Path fifo = directory.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Files.createDirectories(site.data());
    ClientConnectionPool pool = new ClientConnectionPool();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(directory.resolve("catalog"), 0));
        StorageDaemon sd = StorageDaemon.start(StorageDaemonConfig.load(site.storage(FreePort.onLoopback())),
            Optional.empty())) {
      Path configDirectory = site.director(sd.port(), 0);
      // the FD reads the FIFO (ReadFifo = yes) and so holds the backup until the cancel
      Path fileSet = configDirectory.resolve("bareos-dir.d/fileset/TestSet.conf");
      Files.writeString(fileSet, Files.readString(fileSet)
          .replace("Signature = MD5", "Signature = MD5\n      ReadFifo = yes")
          .replaceFirst("(File = \"[^\"]*\")", "$1\n    File = \"" + fifo + "\""));
      DirectorConfig config = DirectorConfig.load(configDirectory);
      JobEngineSettings settings = JobEngineSettings.of(config).withClients(pool).withMessageTimeout(DEADLINE);
      settings = settings.withConnect(settings.connect().withCram(NO_DELAY));
      JobEngine engine = new JobEngine(config, catalog, settings);
      try (DirectorDaemon director = DirectorDaemon.start(config, DirectorDaemon.Options.defaults()
              .withCatalog(catalog).withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT).withWaitingClients(pool)
              .withJobRunner(new EngineJobRunner(engine)));
          FileDaemon fd = FileDaemon.start(FileDaemonConfig.load(site.fileDaemon(director.port())),
              FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY));
          ConsoleClient console = ConsoleClient.login(director.port())) {
        awaitWaiting(pool);
        RunningJob job = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL));
        try {
          long deadline = System.nanoTime() + DEADLINE.toNanos();
          while (!String.join("", console.text("status client=bareos-fd")).contains("    Full Backup Job started: ")) {
            assertThat(System.nanoTime()).as("the job runs at its FD").isLessThan(deadline);
            Thread.sleep(100);
          }
          awaitWaiting(pool);
          List<String> answer = console.text("cancel jobid=" + job.jobId());
          assertThat(answer).contains(new CancelReply(job.job(), true).wireText());
          // the SD may have ended the job already when the FD, canceled first, cut its data connection
          assertThat(answer.getLast()).isIn(new SdCancelReply(job.jobId(), job.job(), true).wireText(),
              new SdCancelReply(0, job.job(), false).wireText());
          JobResult result = job.await(DEADLINE);
          assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.CANCELED);
        } finally {
          releaseReader(fifo);
        }
      }
    }
  }

  /**
   * Lets an FD job thread that waits in the FIFO go on: opened for reading and writing, a FIFO does not block, gives
   * a waiting reader its writer and, closed, its end of file.
   */
  private static void releaseReader(Path fifo) throws java.io.IOException {
    new java.io.RandomAccessFile(fifo.toFile(), "rw").close();
  }

  private static void awaitWaiting(WaitingClients pool) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!pool.waiting().stream().map(WaitingClients.WaitingClient::name).toList().equals(List.of("bareos-fd"))) {
      assertThat(System.nanoTime()).as("the FD waits in the pool within " + DEADLINE).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
