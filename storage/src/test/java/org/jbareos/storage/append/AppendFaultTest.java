package org.jbareos.storage.append;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.SessionKey;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;
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
import org.jbareos.volume.LabelType;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Append sessions that do not go as recorded: a File Daemon that vanishes mid-record, a volume that is full, and
 * File Daemons that break the record protocol ({@code stored/append.cc} error paths).
 */
class AppendFaultTest {
  private static final byte[] DATA = "some file content\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private static JobServices services(Path archive) {
    return services(new Device("FileStorage", "File", archive, 65_536, true, true));
  }

  private static JobServices services(Device device) {
    StorageDaemonIdentity identity = new StorageDaemonIdentity("bareos-sd", "test",
        new LabelSource("localhost", "bareos-sd", "Ver. test", "Build test"), Clock.systemUTC());
    return new JobServices(identity, new StorageDevices(List.of(device)),
        new JobRegistry(RecordedRun.SD_START, new SessionKey()), Duration.ofSeconds(30));
  }

  /** Runs one backup job: the Director side on this thread, the File Daemon side by {@code fd}. */
  private static CatalogDirector runJob(StorageDaemonRun sd, List<CatalogDirector.Media> volumes, int jobId,
      FdScript fd) throws Exception {
    String job = "backup-bareos-fd.2026-11-22_04.00.00_0" + jobId;
    try (LoopbackPair dir = LoopbackPair.open(); LoopbackPair fdPair = LoopbackPair.open()) {
      CatalogDirector director = new CatalogDirector(dir.peerSide(), volumes);
      CompletableFuture<Void> session = sd.serveDirector(dir.storageSide());
      director.startBackup(jobId, job);
      sd.attachWhenRegistered(job, fdPair.storageSide());
      CompletableFuture<Void> fdSide = sd.async(() -> {
        fd.play(new ScriptedFileDaemon(fdPair.peerSide()), director);
        return null;
      });
      director.runAndServe();
      fdSide.get(60, TimeUnit.SECONDS);
      session.get(60, TimeUnit.SECONDS);
      return director;
    }
  }

  @FunctionalInterface
  private interface FdScript {
    void play(ScriptedFileDaemon fd, CatalogDirector director) throws Exception;
  }

  @Test
  void fileDaemonVanishingMidAppendFailsTheJobAndTheNextJobAppends(@TempDir Path archive) throws Exception {
    JobServices services = services(archive);
    List<CatalogDirector.Media> volumes =
        List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0));
    try (StorageDaemonRun sd = new StorageDaemonRun(services)) {
      CatalogDirector first = runJob(sd, volumes, 1, (fd, dir) -> {
        fd.openAppend();
        fd.file(1, "/data/a.txt", DATA);
        fd.record(2, 1, "2 3 /data/b.txt\0P4A\0\0\0000\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fd.connection().send("2 2 0");
        fd.connection().send(new byte[100_000]);
        fd.connection().close();
      });
      assertThat(first.received()).anySatisfy(m -> assertThat(m).contains("Fatal error: Network error reading from FD"));
      assertThat(first.received()).anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=69 .*\n"));

      Path volume = archive.resolve("Full-0001");
      List<Record> afterFailure = RecordedRun.allRecords(volume);
      assertThat(afterFailure).extracting(Record::fileIndex).containsSubsequence(
          LabelType.VOL_LABEL.fileIndex(), LabelType.SOS_LABEL.fileIndex(), 1, 1, 1, 2, 2,
          LabelType.EOS_LABEL.fileIndex());
      SessionLabel eos = SessionLabel.decode(LabelType.EOS_LABEL, afterFailure.getLast().data());
      assertThat(eos.totals().jobStatus()).isEqualTo('E');
      assertThat(Files.size(volume)).isEqualTo(first.media("Full-0001").volBytes());

      CatalogDirector second = runJob(sd, volumes, 2, (fd, dir) -> {
        fd.openAppend();
        fd.file(1, "/data/c.txt", DATA);
        assertThat(fd.endAndClose()).isEqualTo(84);
      });
      assertThat(second.received()).anySatisfy(m -> assertThat(m).contains("Moving to end of data on volume"));
      assertThat(second.received()).anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 JobFiles=1 .*\n"));
      List<Record> afterSecond = RecordedRun.allRecords(volume);
      assertThat(afterSecond.subList(0, afterFailure.size())).containsExactlyElementsOf(afterFailure);
      assertThat(afterSecond.subList(afterFailure.size(), afterSecond.size())).extracting(Record::fileIndex)
          .containsExactly(LabelType.SOS_LABEL.fileIndex(), 1, 1, 1, LabelType.EOS_LABEL.fileIndex());
      assertThat(afterSecond.get(afterFailure.size() + 2).data()).isEqualTo(DATA);
      assertThat(afterSecond.getLast().volSessionId()).isEqualTo(2);
      assertThat(second.media("Full-0001").volJobs()).isEqualTo(2);
    }
  }

  @Test
  void fullVolumeIsMarkedFullAndTheNextVolumeIsLabeled(@TempDir Path archive) throws Exception {
    JobServices services = services(archive);
    CatalogDirector.Media full = new CatalogDirector.Media("Full-0001", 1, 0, 1000, "Append", 1000);
    CatalogDirector.Media next = new CatalogDirector.Media("Full-0002", 2, 0, 1L << 30, "Unlabeled", 0);
    try (StorageDaemonRun sd = new StorageDaemonRun(services)) {
      CatalogDirector director = runJob(sd, List.of(full, next), 1, (fd, dir) -> {
        fd.openAppend();
        fd.file(1, "/data/a.txt", DATA);
        assertThat(fd.endAndClose()).isEqualTo(84);
      });
      assertThat(director.requests()).anySatisfy(r -> {
        assertThat(r).isInstanceOf(UpdateMediaRequest.class);
        assertThat(((UpdateMediaRequest) r).volumeName()).isEqualTo("Full-0001");
        assertThat(((UpdateMediaRequest) r).volStatus()).isEqualTo("Full");
      });
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).contains("FindMedia=1 pool_name=Full media_type=File unwanted_volumes=Full-0001\n"))
          .anySatisfy(m -> assertThat(m).contains("Labeled new Volume \"Full-0002\""));
      assertThat(Files.exists(archive.resolve("Full-0001"))).isFalse();
      assertThat(RecordedRun.dataRecords(archive.resolve("Full-0002"))).hasSize(3);
      assertThat(full.status()).isEqualTo("Full");
    }
  }

  /**
   * Attributes go to the Director when the block holding them is written, not at the end of the job (PROTOCOL.md §0,
   * {@code stored/append.cc}): with 64 KiB blocks, file 1's UpdCat arrives while the File Daemon still sends file 2,
   * so the File Daemon here waits for it before it ends the data.
   */
  @Test
  void attributesAreSentWhenTheirBlockIsWritten(@TempDir Path archive) throws Exception {
    byte[] big = new byte[200_000];
    new java.util.Random(42).nextBytes(big);
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CatalogDirector director = runJob(sd,
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)), 1, (fd, dir) -> {
            fd.openAppend();
            fd.file(1, "/data/big-1", big);
            fd.file(2, "/data/big-2", big);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (dir.received().stream().noneMatch(m -> m.startsWith("UpdCat ") && fileIndexOf(m) == 1)) {
              assertThat(System.nanoTime()).as("UpdCat of file 1 before the end of the data").isLessThan(deadline);
              Thread.sleep(5);
            }
            assertThat(dir.received()).noneMatch(m -> m.startsWith("UpdCat ") && fileIndexOf(m) == 2);
            assertThat(fd.endAndClose()).isEqualTo(84);
          });
      assertThat(director.received().stream().filter(m -> m.startsWith("UpdCat ")).map(AppendFaultTest::fileIndexOf))
          .containsExactly(1, 1, 2, 2);
      assertThat(director.requests()).filteredOn(r -> r instanceof org.jbareos.protocol.dirsd.CreateJobMediaRequest)
          .extracting(r -> ((org.jbareos.protocol.dirsd.CreateJobMediaRequest) r).firstIndex())
          .containsExactly(0L, 1L);
    }
  }

  private static int fileIndexOf(String updCat) {
    try {
      return org.jbareos.protocol.dirsd.FileAttributesUpdate.parse(
          updCat.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).fileIndex();
    } catch (org.jbareos.net.ProtocolException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unlabeledVolumeOnADeviceWithoutLabelMediaFailsTheJob(@TempDir Path archive) throws Exception {
    Device device = new Device("FileStorage", "File", archive, 65_536, false, true);
    try (StorageDaemonRun sd = new StorageDaemonRun(services(device))) {
      CatalogDirector director = runJob(sd,
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)), 1, (fd, dir) -> {
            fd.openAppend();
            fd.file(1, "/data/a.txt", DATA);
            fd.connection().signal(Signal.EOD);
            assertThat(fd.expectText()).isEqualTo("3999 Failed append\n");
          });
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).contains("Fatal error: Volume \"Full-0001\" is not labeled"))
          .anySatisfy(m -> assertThat(m).contains("Fatal error: Unable to setup device for this job."))
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=69 .*\n"));
      assertThat(Files.exists(archive.resolve("Full-0001"))).isFalse();
      assertThat(device.reservedBy()).isEmpty();
    }
  }

  @Test
  void volumeReachingMaximumVolumeBytesMidJobIsMarkedFullAndTheJobGoesOn(@TempDir Path archive) throws Exception {
    byte[] chunk = new byte[40_000];
    new java.util.Random(7).nextBytes(chunk);
    CatalogDirector.Media first = new CatalogDirector.Media("Full-0001", 1, 0, 100_000, "Unlabeled", 0);
    CatalogDirector.Media second = new CatalogDirector.Media("Full-0002", 2, 0, 1L << 30, "Unlabeled", 0);
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CatalogDirector director = runJob(sd, List.of(first, second), 1, (fd, dir) -> {
        fd.openAppend();
        fd.record(1, 1, "1 3 /data/big\0P4A\0\0\0000\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fd.record(1, 2, chunk, chunk, chunk, chunk);
        fd.record(1, 3, new byte[16]);
        assertThat(fd.endAndClose()).isEqualTo(84);
      });
      assertThat(first.status()).isEqualTo("Full");
      assertThat(Files.size(archive.resolve("Full-0001"))).isLessThanOrEqualTo(100_000).isEqualTo(first.volBytes());
      assertThat(Files.size(archive.resolve("Full-0002"))).isEqualTo(second.volBytes());
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).contains("End of medium on Volume \"Full-0001\""))
          .anySatisfy(m -> assertThat(m).contains("New volume \"Full-0002\" mounted on device"))
          .anySatisfy(m -> assertThat(m).contains("unwanted_volumes=Full-0001\n"))
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 JobFiles=1 .*\n"));
      assertThat(director.requests()).filteredOn(r -> r instanceof org.jbareos.protocol.dirsd.CreateJobMediaRequest c
          && c.firstIndex() == 1).hasSize(2);
      List<Record> records = new java.util.ArrayList<>(RecordedRun.dataRecords(archive.resolve("Full-0001")));
      records.addAll(RecordedRun.dataRecords(archive.resolve("Full-0002")));
      assertThat(records).extracting(Record::stream).containsExactly(1, 2, 2, 2, 2, 3);
      assertThat(records.get(4).data()).isEqualTo(chunk);
      assertThat(RecordedRun.allRecords(archive.resolve("Full-0002")).getLast().fileIndex())
          .isEqualTo(LabelType.EOS_LABEL.fileIndex());
    }
  }

  /**
   * The disk under the device fills up mid-job (a 256 KiB tmpfs, mounted when the test runs as root): as Bareos, "End
   * of Volume", the volume marked Full with its JobMedia record, then the next volume, labelled in the room the cut
   * block left, takes the block that did not fit and the records after it, until it is full too and the Director has
   * no volume left: the job fails. Both volumes end on whole blocks and hold every record written, once, in order.
   */
  @Test
  void fullDiskEndsTheVolumeAndTheJobGoesOnOnTheNextVolume(@TempDir Path temp) throws Exception {
    Path archive = Files.createDirectory(temp.resolve("small-disk"));
    Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", archive.toString())
        .redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "mounting a 256 KiB tmpfs needs root");
    byte[] chunk = new byte[40_000];
    new java.util.Random(11).nextBytes(chunk);
    CatalogDirector.Media first = new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0);
    CatalogDirector.Media second = new CatalogDirector.Media("Full-0002", 2, 0, 1L << 30, "Unlabeled", 0);
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CatalogDirector director = runJob(sd, List.of(first, second), 1, (fd, dir) -> {
        fd.openAppend();
        fd.record(1, 1, "1 3 /data/big\0P4A\0\0\0000\0".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
          fd.record(1, 2, chunk, chunk, chunk, chunk, chunk, chunk, chunk, chunk);
          fd.connection().signal(Signal.EOD);
        } catch (java.io.IOException stoppedReading) {
          // the SD hung up once the job failed
        }
      });
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).containsPattern("End of Volume \"Full-0001\" at 0:\\d+ on device"
              + " \"FileStorage\" \\(.*\\)\\. Write of \\d+ bytes got -?\\d+\\."))
          .anySatisfy(m -> assertThat(m).contains("End of medium on Volume \"Full-0001\""))
          .anySatisfy(m -> assertThat(m).contains("New volume \"Full-0002\" mounted on device"))
          .anySatisfy(m -> assertThat(m).contains("Fatal error: Cannot continue the job on a new volume after"))
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=69 .*\n"));
      assertThat(first.status()).isEqualTo("Full");
      assertThat(Files.size(archive.resolve("Full-0001"))).isEqualTo(first.volBytes());
      assertThat(Files.size(archive.resolve("Full-0002"))).isEqualTo(second.volBytes());
      assertThat(director.requests()).filteredOn(r -> r instanceof org.jbareos.protocol.dirsd.CreateJobMediaRequest c
          && c.firstIndex() == 1).extracting(r -> ((org.jbareos.protocol.dirsd.CreateJobMediaRequest) r).mediaId())
          .containsExactly(1L, 2L);
      List<Record> records = new java.util.ArrayList<>(RecordedRun.dataRecords(archive.resolve("Full-0001")));
      int onFirst = records.size();
      records.addAll(RecordedRun.dataRecords(archive.resolve("Full-0002")));
      assertThat(onFirst).isGreaterThan(1);
      assertThat(records.size()).isGreaterThan(onFirst);
      assertThat(records.getFirst().stream()).isEqualTo(1);
      assertThat(records.subList(1, records.size())).allSatisfy(r -> {
        assertThat(r.stream()).isEqualTo(2);
        assertThat(r.data()).isEqualTo(chunk);
      });
    } finally {
      new ProcessBuilder("umount", archive.toString()).start().waitFor();
    }
  }

  /** A second job that needs the device while the first holds it waits for it, then appends to the same volume. */
  @Test
  void secondJobWaitsForTheBusyDevice(@TempDir Path archive) throws Exception {
    List<CatalogDirector.Media> volumes =
        List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0));
    java.util.concurrent.CountDownLatch firstHoldsDevice = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch secondWaits = new java.util.concurrent.CountDownLatch(1);
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CompletableFuture<CatalogDirector> first = sd.async(() -> runJob(sd, volumes, 1, (fd, dir) -> {
        fd.openAppend();
        fd.file(1, "/data/a.txt", DATA);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (dir.received().stream().noneMatch(m -> m.contains("Ready to append"))) {
          assertThat(System.nanoTime()).isLessThan(deadline);
          Thread.sleep(5);
        }
        firstHoldsDevice.countDown();
        assertThat(secondWaits.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        assertThat(fd.endAndClose()).isEqualTo(84);
      }));
      assertThat(firstHoldsDevice.await(30, TimeUnit.SECONDS)).isTrue();
      CatalogDirector second = runJob(sd, volumes, 2, (fd, dir) -> {
        fd.openAppend();
        fd.file(1, "/data/b.txt", DATA);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (dir.received().stream().noneMatch(m -> m.contains("JustInTime Reservation"))) {
          assertThat(System.nanoTime()).isLessThan(deadline);
          Thread.sleep(5);
        }
        secondWaits.countDown();
        assertThat(fd.endAndClose()).isEqualTo(84);
      });
      assertThat(first.get(60, TimeUnit.SECONDS).received())
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 .*\n"));
      assertThat(second.received()).anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=84 .*\n"));
      assertThat(RecordedRun.allRecords(archive.resolve("Full-0001"))).extracting(Record::fileIndex)
          .containsExactly(LabelType.VOL_LABEL.fileIndex(), LabelType.SOS_LABEL.fileIndex(), 1, 1, 1,
              LabelType.EOS_LABEL.fileIndex(), LabelType.SOS_LABEL.fileIndex(), 1, 1, 1,
              LabelType.EOS_LABEL.fileIndex());
    }
  }

  @Test
  void malformedRecordHeaderFailsTheAppend(@TempDir Path archive) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CatalogDirector director = runJob(sd,
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)), 1, (fd, dir) -> {
            fd.openAppend();
            fd.connection().send("not a header");
            assertThat(fd.expectText()).isEqualTo("3999 Failed append\n");
            assertThat(fd.expectText()).isEqualTo("3903 Error append data\n");
            assertThat(fd.next()).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
          });
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).contains("Fatal error: Malformed data header from FD: not a header"))
          .anySatisfy(m -> assertThat(m).matches("3099 Job .* end JobStatus=69 .*\n"));
    }
  }

  @Test
  void fileIndexThatSkipsIsNotSequential(@TempDir Path archive) throws Exception {
    try (StorageDaemonRun sd = new StorageDaemonRun(services(archive))) {
      CatalogDirector director = runJob(sd,
          List.of(new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Unlabeled", 0)), 1, (fd, dir) -> {
            fd.openAppend();
            fd.file(1, "/data/a.txt", DATA);
            fd.record(3, 1, DATA);
            assertThat(fd.expectText()).isEqualTo("3999 Failed append\n");
            assertThat(fd.expectText()).isEqualTo("3903 Error append data\n");
          });
      assertThat(director.received())
          .anySatisfy(m -> assertThat(m).contains("FileIndex=3 from FD not positive or sequential=1"));
      assertThat(RecordedRun.allRecords(archive.resolve("Full-0001"))).extracting(Record::fileIndex)
          .endsWith(1, 1, 1, LabelType.EOS_LABEL.fileIndex());
    }
  }
}
