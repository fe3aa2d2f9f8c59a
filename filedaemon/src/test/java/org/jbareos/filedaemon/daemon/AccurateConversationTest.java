package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.walk.FileSetWalk;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.dirfd.AccurateCommand;
import org.jbareos.protocol.dirfd.AccurateEntry;
import org.jbareos.protocol.dirfd.BackupCommand;
import org.jbareos.protocol.dirfd.BtimeReply;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.fdsd.AppendCloseCommand;
import org.jbareos.protocol.fdsd.AppendDataCommand;
import org.jbareos.protocol.fdsd.AppendEndCommand;
import org.jbareos.protocol.fdsd.CloseStatusReply;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.OpenTicketReply;
import org.jbareos.protocol.fileset.FileSetLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our FD in an accurate Incremental, the Director's and the SD's sides played here with the protocol records both
 * daemons use ({@code dird/backup.cc SendAccurateCurrentFiles} &rarr; {@code filed/accurate.cc AccurateCmd}):
 *
 * <pre>
 *   Dir: level = accurate_incremental, level = since_utime (clock dialog), fileset, accurate files=N, N entries, EOD
 *        (no answer), storage, backup FileIndex=0
 *   SD:  the records: changed and new files, then each listed file not found as FT_DELETED (23), attributes only
 * </pre>
 */
class AccurateConversationTest {

  private static final String JOB = "accurate.2026-11-22_05.00.00_01";
  private static final String KEY = "HAOG-PIEO-OPJB-MBGI-NDHM-GKHG-MOND-DKKM";

  @TempDir Path temp;

  @Test
  void changedAndNewFilesAreSavedAndTheMissingOnesSentAsDeleted() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("keep.txt"), "kept as it is\n");
    Files.writeString(data.resolve("change.txt"), "before\n");
    Files.writeString(data.resolve("gone.txt"), "deleted before the incremental\n");
    Files.createDirectories(data.resolve("sub"));
    Files.writeString(data.resolve("sub/also-kept.txt"), "kept too\n");
    List<AccurateEntry> previous = catalogOf(data);
    EncodedStat goneStat = previous.stream().filter(e -> e.fileName().endsWith("/gone.txt")).findFirst()
        .map(e -> decode(e.lstat())).orElseThrow();

    Files.delete(data.resolve("gone.txt"));
    Files.writeString(data.resolve("change.txt"), "after, and longer\n");
    Files.writeString(data.resolve("new.txt"), "new since the full\n");

    Result result = backup(data, previous);

    List<AttributeRecord> files = result.attributes.stream().filter(a -> a.type() != FileType.DIREND).toList();
    assertThat(files).extracting(AttributeRecord::fileName)
        .containsExactlyInAnyOrder(data + "/change.txt", data + "/new.txt", data + "/gone.txt");
    AttributeRecord deleted = files.stream().filter(a -> a.type() == FileType.DELETED).findFirst().orElseThrow();
    assertThat(deleted.fileName()).isEqualTo(data + "/gone.txt");
    assertThat(deleted.fileIndex()).as("deleted entries come last").isEqualTo(result.attributes.size());
    assertThat(deleted.stat()).as("SendDeletedList: a zeroed stat with the catalog's mtime and ctime")
        .isEqualTo(new EncodedStat(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, goneStat.mtime(), goneStat.ctime(), 0, 0, 2));
    assertThat(deleted.link()).isEmpty();
    assertThat(result.recordsOf(deleted.fileIndex())).as("attributes only, no data, no digest").containsExactly(1);
    assertThat(result.end.jobFiles()).isEqualTo(result.attributes.size());
    assertThat(result.end.termCode()).isEqualTo('T');
  }

  @Test
  void anEmptyPreviousListSavesEverythingAndDeletesNothing() throws Exception {
    Path data = Files.createDirectories(temp.resolve("data"));
    Files.writeString(data.resolve("a.txt"), "alpha\n");
    Files.createDirectories(data.resolve("sub"));
    Files.writeString(data.resolve("sub/b.txt"), "bravo\n");

    Result result = backup(data, List.of());

    assertThat(result.attributes).extracting(AttributeRecord::fileName).containsExactlyInAnyOrder(
        data + "/a.txt", data + "/sub/b.txt", data + "/sub/", data + "/");
    assertThat(result.attributes).noneMatch(a -> a.type() == FileType.DELETED);
    assertThat(result.end.termCode()).isEqualTo('T');
    assertThat(result.end.jobFiles()).isEqualTo(4);
  }

  @Test
  void aBadAccurateCommandIsRefused() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start();
        BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
      assertThat(text(dir)).isEqualTo(DirFdLine.HELLO_OK.wireText());
      dir.send(new FdJobCommand(1, JOB, 1, 1, KEY, null).wireText());
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send("accurate files=many\n");
      assertThat(text(dir)).isEqualTo(DirFdLine.BAD_ACCURATE.wireText());
    }
  }

  /** The list the Director would send after a Full of {@code data}: each saved name with its encoded stat. */
  private static List<AccurateEntry> catalogOf(Path data) throws Exception {
    List<AccurateEntry> entries = new ArrayList<>();
    try (FileSetWalk walk = new FileSetWalk(fileSet(data), Optional.empty())) {
      walk.forEachRemaining(entry -> {
        if (entry instanceof FoundFile file) {
          entries.add(new AccurateEntry(file.fname(), file.stat().encode(file.linkFi(), 2).encode(), "", 0));
        }
      });
    }
    return entries;
  }

  private static FindFileSet fileSet(Path data) throws Exception {
    return FindFileSet.of(FileSetLines.parse(fileSetLines(data)));
  }

  private static List<String> fileSetLines(Path data) {
    return List.of("I\n", "O MHAX\n", "N\n", "F " + data, "N\n", "N\n");
  }

  private record Result(List<AttributeRecord> attributes, List<DataStream.Record> records, EndJobReport end) {
    List<Integer> recordsOf(int fileIndex) {
      return records.stream().filter(r -> r.fileIndex() == fileIndex).map(DataStream.Record::stream).toList();
    }
  }

  /** One accurate Incremental of {@code data} with {@code previous} as the list. */
  private Result backup(Path data, List<AccurateEntry> previous) throws Exception {
    List<DataStream.Record> records = new ArrayList<>();
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(JOB, KEY, fd -> {
          assertThat(text(fd)).isEqualTo(FdSdLine.APPEND_OPEN_SESSION.wireText());
          fd.send(new OpenTicketReply(1).wireText());
          assertThat(text(fd)).isEqualTo(new AppendDataCommand(1).wireText());
          fd.send(FdSdLine.DATA_OK.wireText());
          records.addAll(DataStream.receive(fd));
          fd.send(FdSdLine.APPEND_DATA_OK.wireText());
          assertThat(text(fd)).isEqualTo(new AppendEndCommand(1).wireText());
          fd.send(FdSdLine.END_OK.wireText());
          assertThat(text(fd)).isEqualTo(new AppendCloseCommand(1).wireText());
          fd.send(new CloseStatusReply('T').wireText());
          fd.signal(Signal.EOD);
          assertThat(fd.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
        });
        BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
      assertThat(text(dir)).isEqualTo(DirFdLine.HELLO_OK.wireText());
      dir.send(new FdJobCommand(1, JOB, 1, 1, KEY, null).wireText());
      assertThat(text(dir)).startsWith("2000 OK Job ");
      dir.send(new LevelCommand.Base(LevelCommand.Base.INCREMENTAL, true, false, 0).wireText());
      dir.send(new LevelCommand.SinceTime(Instant.now().getEpochSecond() - 3600, 0, "").wireText());
      answerClockDialog(dir);
      dir.send("fileset vss=1\n");
      for (String line : fileSetLines(data)) {
        dir.send(line);
      }
      dir.signal(Signal.EOD);
      assertThat(text(dir)).isEqualTo(DirFdLine.INCLUDE_OK.wireText());
      dir.send(new AccurateCommand(previous.size()).wireText());
      for (AccurateEntry entry : previous) {
        dir.send(entry.toWire());
      }
      dir.signal(Signal.EOD);
      dir.send(new StorageCommand("127.0.0.1", sd.port(), 0, null).wireText());
      List<String> messages = untilTerminate(dir);
      sd.await();
      assertThat(messages).contains(DirFdLine.STORAGE_OK.wireText(), DirFdLine.BACKUP_OK.wireText());
      EndJobReport end = EndJobReport.parse(messages.get(messages.size() - 1));
      List<AttributeRecord> attributes = new ArrayList<>();
      for (DataStream.Record record : records) {
        if (record.stream() == 1) {
          attributes.add(AttributeRecord.parse(record.frames().get(0).getBytes(StandardCharsets.ISO_8859_1)));
        }
      }
      return new Result(attributes, records, end);
    }
  }

  /** The FD polls the Director's clock with BTIME until its EOD, then answers {@code 2000 OK level}. */
  private static void answerClockDialog(BareosConnection dir) throws Exception {
    while (true) {
      Packet packet = dir.receive(ScriptedPeer.WAIT);
      if (packet instanceof Packet.SignalPacket signal && signal.is(Signal.BTIME)) {
        Instant now = Instant.now();
        dir.send(new BtimeReply(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000).wireText());
      } else if (packet instanceof Packet.Message message) {
        assertThat(message.text()).isEqualTo(DirFdLine.LEVEL_OK.wireText());
        return;
      }
    }
  }

  /** Sends {@code backup} once the storage is connected; returns the FD's texts up to its TERMINATE. */
  private static List<String> untilTerminate(BareosConnection dir) throws Exception {
    List<String> texts = new ArrayList<>();
    boolean backupSent = false;
    for (Packet p; (p = dir.receive(ScriptedPeer.WAIT)) instanceof Packet.Message message; ) {
      texts.add(message.text());
      if (!backupSent && message.text().equals(DirFdLine.STORAGE_OK.wireText())) {
        dir.send(new BackupCommand(0).wireText());
        backupSent = true;
      }
    }
    return texts;
  }

  private static String text(BareosConnection connection) throws Exception {
    Packet packet = connection.receive(ScriptedPeer.WAIT);
    assertThat(packet).isInstanceOf(Packet.Message.class);
    return ((Packet.Message) packet).text();
  }

  private static EncodedStat decode(String lstat) {
    try {
      return EncodedStat.decode(lstat);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
