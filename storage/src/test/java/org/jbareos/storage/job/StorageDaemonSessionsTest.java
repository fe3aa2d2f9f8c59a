package org.jbareos.storage.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.jbareos.storage.CatalogDirector;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.ScriptedFileDaemon;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.StorageDevices;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our Storage Daemon behind the shared connection layer ({@link BareosServer}, cleartext, CRAM-MD5 both ways): a
 * Director logs in with the recorded SD's Director password ({@code sd-secret}), the File Daemon with the job's
 * session key, and a whole backup runs; a File Daemon with a wrong key or a second one for the same job is refused.
 */
class StorageDaemonSessionsTest {
  private static final QualifiedName SD = new QualifiedName(ResourceType.STORAGE, "bareos-sd");
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final String JOB = "backup-bareos-fd.2026-11-22_05.00.00_01";

  @Test
  void backupThroughAuthenticatedConnections(@TempDir Path archive) throws Exception {
    StorageDaemonConfig config = StorageDaemonConfig.load(SharedData.conformance("config"));
    JobRegistry jobs = new JobRegistry(RecordedRun.SD_START, new SessionKey());
    JobServices services = new JobServices(RecordedRun.identity(RecordedRun.SD_START),
        new StorageDevices(List.of(new Device("FileStorage", "File", archive, 1_048_576, true, true))), jobs,
        Duration.ofSeconds(30));
    ServerHandshake handshake = new ServerHandshake(
        ServerSettings.of(SD, Participant.STORAGE_DAEMON, HelloLengthLimit.STORAGE_DAEMON).withCram(NO_DELAY),
        new StoragePeers(config, jobs));
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    try (BareosServer server = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        handshake, new StorageDaemonSessions(services), failures::add)) {
      BareosConnection director = new ClientHandshake(
          ClientSettings.of(new QualifiedName(ResourceType.DIRECTOR, "bareos-dir"), Participant.DIRECTOR)
              .withCram(NO_DELAY))
          .connect("127.0.0.1", server.port(), new Hello.Director("bareos-dir", Optional.empty()),
              new PeerCredentials(SD, CramKey.fromPassword("sd-secret"), TlsPolicy.NONE), Participant.STORAGE_DAEMON);
      ScriptedFileDaemon hello = new ScriptedFileDaemon(director);
      assertThat(hello.expectText()).isEqualTo("3000 OK Hello\n");
      CatalogDirector catalog = new CatalogDirector(director,
          List.of(new CatalogDirector.Media("Full-0001", 1, 1, 1L << 30, "Unlabeled", 0)));
      catalog.startBackup(1, JOB);

      BareosConnection fdConnection = connectFileDaemon(server.port(), catalog.sessionKey());
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!jobs.find(JOB).orElseThrow().fileDaemonAttached()) {
        assertThat(System.nanoTime()).as("the File Daemon handed to its job").isLessThan(deadline);
        Thread.sleep(5);
      }
      assertRefused(() -> connectFileDaemon(server.port(), catalog.sessionKey()));
      assertThatThrownBy(() -> connectFileDaemon(server.port(), new SessionKey().next()))
          .as("a wrong session key").isInstanceOf(java.io.IOException.class);

      CompletableFuture<Integer> fd = CompletableFuture.supplyAsync(() -> {
        try {
          ScriptedFileDaemon fileDaemon = new ScriptedFileDaemon(fdConnection);
          fileDaemon.openAppend();
          fileDaemon.file(1, "/data/a.txt", "alpha\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
          return fileDaemon.endAndClose();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
      catalog.runAndServe();
      assertThat(fd.get(30, TimeUnit.SECONDS)).isEqualTo(84);
      assertThat(catalog.received()).anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 .*\n"));
      assertThat(Files.size(archive.resolve("Full-0001"))).isEqualTo(catalog.media("Full-0001").volBytes());
    }
    assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(java.io.IOException.class));
    assertThat(jobs.size()).isZero();
  }

  /**
   * A second File Daemon for a job is refused: by CRAM-MD5 when the first one is already attached (its key is no
   * longer offered), or, when both authenticated before the first was attached, by closing the connection at once
   * (as {@code stored/fd_cmds.cc} closes a job that is already authenticated).
   */
  private static void assertRefused(java.util.concurrent.Callable<BareosConnection> connect) throws Exception {
    BareosConnection second;
    try {
      second = connect.call();
    } catch (java.io.IOException refusedByCram) {
      return;
    }
    try (second) {
      assertThatThrownBy(() -> second.receive(Duration.ofSeconds(30)))
          .as("a second File Daemon for the job").isInstanceOf(java.io.EOFException.class);
    }
  }

  private static BareosConnection connectFileDaemon(int port, String sessionKey) throws Exception {
    return new ClientHandshake(ClientSettings.of(new QualifiedName(ResourceType.CLIENT, "bareos-fd"),
        Participant.FILE_DAEMON).withCram(NO_DELAY))
        .connect("127.0.0.1", port, new Hello.StartJob(JOB, Optional.empty()),
            new PeerCredentials(SD, CramKey.fromSessionKey(sessionKey), TlsPolicy.NONE), Participant.STORAGE_DAEMON);
  }
}
