package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jbareos.director.ClientInitiatedDirector.ANY_LOOPBACK_PORT;
import static org.jbareos.director.ClientInitiatedDirector.NO_DELAY;
import static org.jbareos.director.ClientInitiatedDirector.awaitTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.NatMiddlebox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A File Daemon behind a NAT (issue 5; {@link NatMiddlebox}: flows idle for {@value #IDLE_SECONDS} s are forgotten
 * without a trace). Without heartbeats its waiting connection dies unseen and the job that uses it fails with a
 * message that names the likely cause; with the FD's {@code Heartbeat Interval} below the NAT's idle timeout the same
 * wait keeps the connection and the job succeeds.
 */
class ClientInitiatedNatTest {
  private static final int IDLE_SECONDS = 2;
  private static final Duration LONGER_THAN_IDLE = Duration.ofMillis(IDLE_SECONDS * 1000 + 500);

  @TempDir Path directory;

  @Test
  void aHeartbeatBelowTheNatIdleTimeoutKeepsTheWaitingConnection() throws Exception {
    KitSite site = KitSite.clientInitiated(directory.resolve("site"));
    Files.createDirectories(site.data());
    Files.writeString(site.data().resolve("a.txt"), "behind a NAT\n");
    try (ClientInitiatedDirector dir = new ClientInitiatedDirector(site, directory,
            settings -> settings.withMessageTimeout(Duration.ofSeconds(3)));
        NatMiddlebox nat = NatMiddlebox.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), dir.port()),
            Duration.ofSeconds(IDLE_SECONDS))) {

      try (FileDaemon silent = startFileDaemon(site, nat)) {
        awaitTrue("the FD waits in the pool", () -> dir.waiting().equals(List.of("bareos-fd")));
        Thread.sleep(LONGER_THAN_IDLE);
        JobResult broken = backup(dir);
        String log = String.join("", broken.log());
        assertThat(broken.status()).as(log).isEqualTo(JobStatus.FATAL_ERROR);
        assertThat(log).contains("Using Client Initiated Connection (bareos-fd).",
            "File daemon did not answer the Job command within 3 s on the connection Client \"bareos-fd\" opened at",
            "a firewall or NAT between them may have dropped it. A Heartbeat Interval in the File Daemon's Client"
                + " resource, shorter than their idle timeout, keeps waiting connections alive.");
        assertThat(nat.forgottenFlows()).isEqualTo(1);
      }

      KitSite beating = KitSite.clientInitiated(directory.resolve("heartbeat"));
      try (FileDaemon withHeartbeat = startFileDaemon(beating, nat, "  Heartbeat Interval = 1\n")) {
        awaitTrue("the FD waits in the pool", () -> dir.waiting().equals(List.of("bareos-fd")));
        Thread.sleep(LONGER_THAN_IDLE);
        JobResult result = backup(dir);
        String log = String.join("", result.log());
        assertThat(result.status()).as(log).isEqualTo(JobStatus.TERMINATED);
        assertThat(log).contains("Using Client Initiated Connection (bareos-fd).");
        assertThat(nat.forgottenFlows()).as("no flow forgotten with heartbeats").isEqualTo(1);
      }
    }
  }

  private static JobResult backup(ClientInitiatedDirector dir) throws Exception {
    return dir.engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(ClientInitiatedDirector.DEADLINE);
  }

  /** The kit's FD dialling the middlebox, with {@code clientDirectives} added to its Client resource. */
  private static FileDaemon startFileDaemon(KitSite site, NatMiddlebox nat, String... clientDirectives)
      throws Exception {
    Path config = site.fileDaemon(nat.port());
    for (String directive : clientDirectives) {
      KitConfig.rewrite(config.resolve("bareos-fd.d/client/myself.conf"), "TLS Require = no\n",
          "TLS Require = no\n" + directive);
    }
    return FileDaemon.start(FileDaemonConfig.load(config),
        FileDaemonSettings.defaults().listenOn(ANY_LOOPBACK_PORT).withCram(NO_DELAY));
  }
}
