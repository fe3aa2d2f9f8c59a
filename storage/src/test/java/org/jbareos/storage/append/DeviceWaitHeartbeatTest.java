package org.jbareos.storage.append;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.storage.CatalogDirector;
import org.jbareos.storage.LoopbackPair;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.ScriptedFileDaemon;
import org.jbareos.storage.StorageDaemonRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.LabelSource;
import org.jbareos.storage.device.StorageDevices;
import org.jbareos.storage.job.JobRegistry;
import org.jbareos.storage.job.JobServices;
import org.jbareos.storage.job.StorageDaemonIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup whose device another job holds ({@code Maximum Concurrent Jobs = 1} while another job writes) waits for
 * it, and meanwhile the SD sends {@code BNET_HEARTBEAT} every {@code Heartbeat Interval} to the job's Director and
 * File Daemon ({@code stored/wait.cc}, PROTOCOL.md §1.3). The peers read with {@link BareosConnection}, which drops
 * heartbeats, and the job ends OK once the device is free.
 */
class DeviceWaitHeartbeatTest {
  private static final Duration INTERVAL = Duration.ofSeconds(1);
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String JOB = "backup-bareos-fd.2026-11-22_04.00.00_01";
  private static final byte[] DATA = "some file content\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void waitingJobHeartbeatsToDirectorAndFileDaemonAndStillSucceeds(@TempDir Path archive) throws Exception {
    Device device = new Device("FileStorage", "File", archive, 65_536, true, true);
    assertThat(device.reserve("writing-job", true)).isTrue();
    StorageDaemonIdentity identity = new StorageDaemonIdentity("bareos-sd", "test",
        new LabelSource("localhost", "bareos-sd", "Ver. test", "Build test"), Clock.systemUTC());
    JobServices services = new JobServices(identity, new StorageDevices(List.of(device)),
        new JobRegistry(RecordedRun.SD_START, new SessionKey()), DEADLINE).withHeartbeatInterval(INTERVAL);
    List<CatalogDirector.Media> volumes =
        List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0));
    AtomicInteger toDirector = new AtomicInteger();
    AtomicInteger toFileDaemon = new AtomicInteger();
    try (StorageDaemonRun sd = new StorageDaemonRun(services);
        LoopbackPair dir = LoopbackPair.open();
        LoopbackPair fdPair = LoopbackPair.open()) {
      countHeartbeats(dir.storageSide(), toDirector);
      countHeartbeats(fdPair.storageSide(), toFileDaemon);
      CatalogDirector director = new CatalogDirector(dir.peerSide(), volumes);
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      director.startBackup(1, JOB);
      sd.attachWhenRegistered(JOB, fdPair.storageSide());
      CompletableFuture<Integer> fdSide = sd.async(() -> {
        ScriptedFileDaemon fd = new ScriptedFileDaemon(fdPair.peerSide());
        fd.openAppend();
        fd.file(1, "/data/a.txt", DATA);
        return fd.endAndClose();
      });
      CompletableFuture<Void> writerDone = sd.async(() -> {
        awaitHeartbeats(toDirector, toFileDaemon);
        device.release("writing-job");
        return null;
      });
      director.runAndServe();
      writerDone.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      assertThat(fdSide.get(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(84);
      session.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
      assertThat(toDirector.get()).isPositive();
      assertThat(toFileDaemon.get()).isPositive();
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 JobFiles=1 .*\n"));
    }
  }

  /** Counts the heartbeats the SD writes on {@code connection}. */
  private static void countHeartbeats(BareosConnection connection, AtomicInteger count) {
    connection.traceTo((header, payload, offset, length) -> {
      if (header == Signal.HEARTBEAT.value()) {
        count.incrementAndGet();
      }
    });
  }

  /** The other job keeps the device until the waiting job heartbeated on both links, or the deadline passed. */
  private static void awaitHeartbeats(AtomicInteger toDirector, AtomicInteger toFileDaemon) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while ((toDirector.get() == 0 || toFileDaemon.get() == 0) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
