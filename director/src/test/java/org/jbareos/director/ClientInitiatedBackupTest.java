package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbareos.director.ClientInitiatedDirector.ANY_LOOPBACK_PORT;
import static org.jbareos.director.ClientInitiatedDirector.DEADLINE;
import static org.jbareos.director.ClientInitiatedDirector.NO_DELAY;
import static org.jbareos.director.ClientInitiatedDirector.awaitTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jbareos.catalog.JobRecord;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.director.job.RunOnIncomingConnect;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client initiated connections end to end (PROTOCOL.md §9, conformance client-initiated.txt): a real File Daemon
 * dials an in-process Director, waits in its pool and shows in {@code status director}; with {@code Connection From
 * Director To Client = no} a Full backup (real Storage Daemon) can only run over that connection; the FD dials again
 * for the next job. {@code Run On Incoming Connect Interval} starts a job when the Client connects.
 */
class ClientInitiatedBackupTest {

  @TempDir Path directory;

  @Test
  void aBackupRunsOverTheConnectionTheFdOpened() throws Exception {
    KitSite site = site();
    try (ClientInitiatedDirector dir = new ClientInitiatedDirector(site, directory, UnaryOperator.identity());
        FileDaemon fd = startFileDaemon(site, dir)) {
      awaitTrue("the FD waits in the pool", () -> dir.waiting().equals(List.of("bareos-fd")));

      try (ConsoleClient console = ConsoleClient.login(dir.port())) {
        String status = String.join("", console.text("status director"));
        assertThat(status).contains("Client Initiated Connections (waiting for jobs):\n"
            + "Connect time        Protocol            Authenticated       Name                                    \n"
            + "=".repeat(100) + "\n");
        assertThat(status).containsPattern("\\d\\d-\\w{3}-\\d\\d \\d\\d:\\d\\d     54                  1       "
            + "            bareos-fd {31}\n====\n");
      }

      JobResult result = dir.engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL)).await(DEADLINE);
      String log = String.join("", result.log());
      assertThat(result.status()).as(log).isEqualTo(JobStatus.TERMINATED);
      assertThat(log).contains("Using Client Initiated Connection (bareos-fd).");
      assertThat(log).doesNotContain("Connected Client:");
      assertThat(result.jobFiles()).as(log).isEqualTo(4);

      awaitTrue("the FD dialled again and waits for the next job", () -> dir.waiting().equals(List.of("bareos-fd")));
    }
  }

  @Test
  void aClientThatConnectsStartsItsJobWhenTheLastRunIsOlderThanTheInterval() throws Exception {
    KitSite site = site();
    try (ClientInitiatedDirector dir = new ClientInitiatedDirector(site.withJobDirective(
        "Run On Incoming Connect Interval = 1 hour"), directory, UnaryOperator.identity())) {
      dir.pool.whenClientConnects(new RunOnIncomingConnect(dir.config, dir.catalog, dir.engine,
          Clock.systemDefaultZone())::clientConnected);
      try (FileDaemon fd = startFileDaemon(site, dir)) {
        // never ran: the connection itself starts the job
        JobRecord first = awaitEndedJobs(dir, 1).getFirst();
        assertThat(first.jobStatus()).isEqualTo(JobStatus.TERMINATED);
        assertThat(String.join("", dir.engine.result(first.jobId()).orElseThrow().log()))
            .contains("Using Client Initiated Connection (bareos-fd).", "Job triggered by:       Client\n");
        awaitTrue("the FD dialled again", () -> dir.waiting().equals(List.of("bareos-fd")));

        // ran a moment ago: a connection now starts nothing
        new RunOnIncomingConnect(dir.config, dir.catalog, dir.engine, Clock.systemDefaultZone())
            .clientConnected("bareos-fd");
        assertThat(dir.engine.runningJobs()).isEmpty();
        assertThat(dir.catalog.jobs().findByName("backup-bareos-fd")).hasSize(1);

        // two hours later the last run is older than the interval
        new RunOnIncomingConnect(dir.config, dir.catalog, dir.engine,
            Clock.offset(Clock.systemDefaultZone(), Duration.ofHours(2))).clientConnected("bareos-fd");
        List<JobRecord> jobs = awaitEndedJobs(dir, 2);
        assertThat(jobs.get(1).jobStatus()).isEqualTo(JobStatus.TERMINATED);
      }
    }
  }

  private KitSite site() throws Exception {
    KitSite site = KitSite.clientInitiated(directory);
    Files.createDirectories(site.data().resolve("sub"));
    Files.writeString(site.data().resolve("a.txt"), "client initiated\n");
    Files.writeString(site.data().resolve("sub/b.txt"), "b".repeat(10_000));
    return site;
  }

  private static FileDaemon startFileDaemon(KitSite site, ClientInitiatedDirector dir) throws Exception {
    return FileDaemon.start(FileDaemonConfig.load(site.fileDaemon(dir.port())),
        FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY));
  }

  /** Waits until {@code count} runs of backup-bareos-fd have ended; returns them, oldest first. */
  private static List<JobRecord> awaitEndedJobs(ClientInitiatedDirector dir, int count) throws Exception {
    awaitTrue(count + " ended jobs", () -> {
      List<JobRecord> jobs = dir.catalog.jobs().findByName("backup-bareos-fd");
      return jobs.size() == count && jobs.stream().allMatch(j -> dir.engine.result(j.jobId()).isPresent());
    });
    return dir.catalog.jobs().findByName("backup-bareos-fd");
  }
}
