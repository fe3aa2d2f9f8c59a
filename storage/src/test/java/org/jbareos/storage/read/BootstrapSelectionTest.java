package org.jbareos.storage.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.fdsd.ReadRecordHeader;
import org.jbareos.storage.CatalogDirector;
import org.jbareos.storage.LoopbackPair;
import org.jbareos.storage.RecordedRun;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.JobMessenger;
import org.jbareos.storage.device.VolumeCatalogClient;
import org.jbareos.volume.Record;
import org.jbareos.volume.SessionLabel;
import org.jbareos.volume.VolumeLabel;
import org.jbareos.volume.VolumeWriter;
import org.jbareos.volume.WriterOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read session sends exactly the records a bootstrap selects ({@code FileIndex=}, {@code VolSessionId=}, {@code
 * VolAddr=}) from {@code volumes/Full-0001}, as {@code rechdr} + data frames and one EOD.
 */
class BootstrapSelectionTest {
  /** Virtual threads: the common pool may have a single thread on a small machine. */
  private static final java.util.concurrent.Executor THREADS =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

  /** Job messages kept as text. */
  private static final class KeptMessages implements JobMessenger {
    final List<String> texts = new ArrayList<>();

    @Override
    public void info(String text) {
      texts.add(text);
    }

    @Override
    public void warning(String text) {
      texts.add("Warning: " + text);
    }

    @Override
    public void error(String text) {
      texts.add("Error: " + text);
    }

    @Override
    public void fatal(String text) {
      texts.add("Fatal error: " + text);
    }

    @Override
    public void status(JobStatus status) {
      texts.add("Status " + status);
    }
  }

  private static List<Record> read(Path archive, String bootstrap, KeptMessages messages) throws Exception {
    return read(archive, bootstrap, messages,
        List.of(new CatalogDirector.Media("Full-0001", 1, 1, 1L << 30, "Used", 309_445)));
  }

  private static List<Record> read(Path archive, String bootstrap, KeptMessages messages,
      List<CatalogDirector.Media> media) throws Exception {
    Device device = new Device("FileStorage", "File", archive, 1_048_576, true, true);
    List<Record> sent = new ArrayList<>();
    try (LoopbackPair dir = LoopbackPair.open(); LoopbackPair fd = LoopbackPair.open()) {
      CatalogDirector director = new CatalogDirector(dir.peerSide(), media);
      CompletableFuture<Void> catalog = CompletableFuture.runAsync(() -> {
        try {
          director.serve();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, THREADS);
      ReadSession session = new ReadSession("RestoreFiles.1", fd.storageSide(), Bootstrap.parse(bootstrap), device,
          new VolumeCatalogClient(dir.storageSide(), "RestoreFiles.1"), messages,
          RecordedRun.identity(1_795_313_383L).clock());
      CompletableFuture<Boolean> reading = CompletableFuture.supplyAsync(() -> {
        try {
          return session.sendData();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, THREADS);
      Packet first = fd.peerSide().receive(Duration.ofSeconds(30));
      assertThat(first).isEqualTo(new Packet.Message("3000 OK data\n".getBytes(StandardCharsets.UTF_8)));
      for (Packet p; !((p = fd.peerSide().receive(Duration.ofSeconds(30))) instanceof Packet.SignalPacket); ) {
        ReadRecordHeader h = ReadRecordHeader.parse(((Packet.Message) p).text());
        byte[] data = ((Packet.Message) fd.peerSide().receive(Duration.ofSeconds(30))).payload();
        assertThat(data).hasSize((int) h.dataLength());
        sent.add(new Record(h.volSessionId(), h.volSessionTime(), h.fileIndex(), h.stream(), data));
      }
      assertThat(reading.get()).isTrue();
      dir.storageSide().close();
      catalog.get();
      assertThat(director.requests()).hasSize(media.size() + 1);
    }
    return sent;
  }

  @Test
  void fileIndexRangeSelectsThoseFilesOnly(@TempDir Path archive) throws Exception {
    Files.copy(RecordedRun.fullVolume(), archive.resolve("Full-0001"));
    KeptMessages messages = new KeptMessages();
    List<Record> sent = read(archive, "Volume=\"Full-0001\"\nMediaType=\"File\"\nVolSessionId=1\n"
        + "VolSessionTime=1795313292\nVolAddr=205-309444\nFileIndex=2-3\n", messages);
    List<Record> expected = RecordedRun.dataRecords(RecordedRun.fullVolume()).stream()
        .filter(r -> r.fileIndex() == 2 || r.fileIndex() == 3).toList();
    assertThat(sent).hasSize(6).containsExactlyElementsOf(expected);
    assertThat(messages.texts).containsSubsequence(
        "Forward spacing Volume \"Full-0001\" to file:block 0:205.\n", "End of all volumes.\n");
  }

  @Test
  void jobOnTwoVolumesIsReadFromBoth(@TempDir Path archive) throws Exception {
    long time = RecordedRun.SD_START;
    List<Record> written = new ArrayList<>();
    for (int v = 1; v <= 2; v++) {
      VolumeLabel label = VolumeLabel.of(0, 0, "Full-000" + v, "Full", "Backup", "File", "h", "bareos-sd", "v", "d");
      try (VolumeWriter w = VolumeWriter.create(archive.resolve("Full-000" + v), label, 5, time,
          WriterOptions.defaults())) {
        if (v == 1) {
          w.writeSessionLabel(SessionLabel.startOfSession(9, 0, "Full", "Backup", "j", "c", "j.1", "fs", 'B', 'F',
              "**Dummy**"), 5, time);
        }
        for (int i = 0; i < 3; i++) {
          Record r = new Record(5, time, v, 2, ("volume " + v + " chunk " + i).getBytes(StandardCharsets.UTF_8));
          w.write(r);
          written.add(r);
        }
      }
    }
    KeptMessages messages = new KeptMessages();
    List<Record> sent = read(archive, "Volume=\"Full-0001\"\nMediaType=\"File\"\nVolSessionId=5\n"
        + "Volume=\"Full-0002\"\nMediaType=\"File\"\nVolSessionId=5\n", messages, List.of(
            new CatalogDirector.Media("Full-0001", 1, 0, 1L << 30, "Full", 0),
            new CatalogDirector.Media("Full-0002", 2, 0, 1L << 30, "Append", 0)));
    assertThat(sent).containsExactlyElementsOf(written);
    assertThat(messages.texts).filteredOn(t -> t.startsWith("Ready to read from volume")).hasSize(2);
    assertThat(messages.texts).filteredOn(t -> t.startsWith("End of Volume")).hasSize(2);
  }

  @Test
  void volumeFileWithAnotherLabelIsNotRead(@TempDir Path archive) throws Exception {
    Files.copy(RecordedRun.fullVolume(), archive.resolve("Full-0009"));
    Device device = new Device("FileStorage", "File", archive, 1_048_576, true, true);
    KeptMessages messages = new KeptMessages();
    try (LoopbackPair dir = LoopbackPair.open(); LoopbackPair fd = LoopbackPair.open()) {
      CatalogDirector director = new CatalogDirector(dir.peerSide(),
          List.of(new CatalogDirector.Media("Full-0009", 9, 1, 1L << 30, "Used", 309_445)));
      CompletableFuture<Void> catalog = CompletableFuture.runAsync(() -> {
        try {
          director.serve();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, THREADS);
      ReadSession session = new ReadSession("RestoreFiles.1", fd.storageSide(),
          Bootstrap.parse("Volume=\"Full-0009\"\nMediaType=\"File\"\n"), device,
          new VolumeCatalogClient(dir.storageSide(), "RestoreFiles.1"), messages,
          RecordedRun.identity(1_795_313_383L).clock());
      assertThat(session.sendData()).isFalse();
      assertThat(fd.peerSide().receive(Duration.ofSeconds(5)))
          .isEqualTo(new Packet.Message("3000 error\n".getBytes(StandardCharsets.UTF_8)));
      dir.storageSide().close();
      catalog.get();
    }
    assertThat(messages.texts).anySatisfy(t -> assertThat(t)
        .isEqualTo("Fatal error: Wrong Volume mounted on device \"FileStorage\" (" + archive
            + "): Wanted Full-0009 have Full-0001\n"));
  }

  @Test
  void otherSessionSelectsNothing(@TempDir Path archive) throws Exception {
    Files.copy(RecordedRun.fullVolume(), archive.resolve("Full-0001"));
    List<Record> sent = read(archive,
        "Volume=\"Full-0001\"\nMediaType=\"File\"\nVolSessionId=2\nVolSessionTime=1795313292\n", new KeptMessages());
    assertThat(sent).isEmpty();
  }

  @Test
  void missingVolumeFileIsAnErrorToTheFileDaemon(@TempDir Path archive) throws Exception {
    Device device = new Device("FileStorage", "File", archive, 1_048_576, true, true);
    KeptMessages messages = new KeptMessages();
    try (LoopbackPair dir = LoopbackPair.open(); LoopbackPair fd = LoopbackPair.open()) {
      CatalogDirector director = new CatalogDirector(dir.peerSide(),
          List.of(new CatalogDirector.Media("Full-0001", 1, 1, 1L << 30, "Used", 309_445)));
      CompletableFuture<Void> catalog = CompletableFuture.runAsync(() -> {
        try {
          director.serve();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, THREADS);
      ReadSession session = new ReadSession("RestoreFiles.1", fd.storageSide(),
          Bootstrap.parse("Volume=\"Full-0001\"\nMediaType=\"File\"\n"), device,
          new VolumeCatalogClient(dir.storageSide(), "RestoreFiles.1"), messages,
          RecordedRun.identity(1_795_313_383L).clock());
      assertThat(session.sendData()).isFalse();
      assertThat(fd.peerSide().receive(Duration.ofSeconds(5)))
          .isEqualTo(new Packet.Message("3000 error\n".getBytes(StandardCharsets.UTF_8)));
      dir.storageSide().close();
      catalog.get();
    }
    assertThat(messages.texts).anySatisfy(t -> assertThat(t).startsWith("Fatal error: Cannot read Volume \"Full-0001\""));
    assertThat(device.reservedBy()).isEmpty();
  }
}
