package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our FD against the Director's and the SD's sides of the kit's Full backup (backup-full.txt, JobId 1): every frame
 * it sends on both connections equals the real FD's after the normalizations of {@link KitConversation} and {@link
 * DataStream}. And the faults: an SD that vanishes mid-backup, a Director with a wrong password.
 */
class RecordedBackupTest {

  @TempDir Path temp;

  @Test
  void fullBackupConversationsEqualTheRecordedOnes() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    try (FileDaemon daemon = KitFileDaemon.start()) {
      replayFullBackup(daemon, data);
    }
  }

  @Test
  void incrementalBackupConversationsEqualTheRecordedOnes() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    long since = Instant.now().getEpochSecond() + 1;
    while (Instant.now().getEpochSecond() < since) {
      Thread.sleep(50);
    }
    Files.writeString(data.resolve("docs/b.txt"), "bravo\nmodified for the incremental backup\n");
    Files.writeString(data.resolve("new-after-full.txt"), "added after the full backup\n");
    for (Path changed : List.of(data.resolve("docs/b.txt"), data.resolve("new-after-full.txt"), data)) {
      KitDataSet.setTimes(changed, KitDataSet.T1);
    }
    try (FileDaemon daemon = KitFileDaemon.start()) {
      replayBackup(daemon, "backup-incremental.txt", data, m -> sinceAndClock(m, since));
    }
  }

  /**
   * The times of the Incremental's clock dialog: the since time lies between our data set's creation and its
   * changes (the kit's ctimes cannot be made), the Director's btime answers are now (no clock difference to report).
   */
  private static byte[] sinceAndClock(TranscriptMessage m, long since) {
    String text = m.latin1();
    if (text.startsWith("level = since_utime ")) {
      return KitConversation.latin1(text.replaceFirst("since_utime \\d+", "since_utime " + since));
    }
    if (text.startsWith("btime ")) {
      Instant now = Instant.now();
      return KitConversation.latin1("btime " + (now.getEpochSecond() * 1_000_000 + now.getNano() / 1000) + "\n");
    }
    return null;
  }

  private static void replayFullBackup(FileDaemon daemon, Path data) throws Exception {
    replayBackup(daemon, "backup-full.txt", data, m -> null);
  }

  /** Replays a backup capture; {@code override} may replace a Director frame (null: the usual rewrite). */
  private static void replayBackup(FileDaemon daemon, String capture, Path data,
      Function<TranscriptMessage, byte[]> override) throws Exception {
    KitConversation kit = new KitConversation(capture);
    List<TranscriptMessage> sdScript = kit.storage;
    int dataStart = indexAfter(sdScript, "3000 OK data\n");
    int dataEnd = dataStart;
    while (sdScript.get(dataEnd).isFrom("fd", "sd")) {
      dataEnd++;
    }
    int end = dataEnd;
    List<DataStream.Record> received = new ArrayList<>();
    try (ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(kit.job, kit.sessionKey, fd -> {
      ScriptedPeer peer = new ScriptedPeer("sd", fd, TranscriptMessage::payload, t -> t);
      peer.play(sdScript.subList(0, dataStart));
      received.addAll(DataStream.receive(fd));
      peer.play(sdScript.subList(end, sdScript.size()));
    })) {
      try (BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
        new ScriptedPeer("dir", dir, m -> Optional.ofNullable(override.apply(m))
            .orElseGet(() -> KitFileDaemon.directorFrame(m, data, sd.port())),
            KitConversation::normalizeDirector).play(kit.director);
      }
      sd.await();
    }
    DataStream.assertSameAsRecorded(received, sdScript.subList(dataStart, dataEnd), data.toString());
  }

  @Test
  void storageDaemonVanishingMidBackupEndsTheJobInErrorAndTheNextJobRuns() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    KitConversation kit = new KitConversation("backup-full.txt");
    int dataStart = indexAfter(kit.storage, "3000 OK data\n");
    int backup = indexAfter(kit.director, "backup FileIndex=0\n");
    try (FileDaemon daemon = KitFileDaemon.start()) {
      try (ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(kit.job, kit.sessionKey, fd -> {
        new ScriptedPeer("sd", fd, TranscriptMessage::payload, t -> t).play(kit.storage.subList(0, dataStart));
        fd.receive(ScriptedPeer.WAIT);
        fd.close();
      })) {
        try (BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
          new ScriptedPeer("dir", dir, m -> KitFileDaemon.directorFrame(m, data, sd.port()),
              KitConversation::normalizeDirector).play(kit.director.subList(0, backup));
          List<String> messages = new ArrayList<>();
          Packet packet;
          while ((packet = dir.receive(ScriptedPeer.WAIT)) instanceof Packet.Message message) {
            messages.add(message.text());
          }
          assertThat(packet).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
          String last = messages.get(messages.size() - 1);
          EndJobReport report = EndJobReport.parse(last);
          assertThat(report.termCode()).as("Fatal error, as a fatal job message leaves it").isEqualTo((int) 'f');
          assertThat(messages.stream().filter(m -> m.startsWith("Jmsg ")).toList()).anySatisfy(m -> {
            JobMessage jmsg = JobMessage.parse(m);
            assertThat(jmsg.type()).isEqualTo(JobMessage.M_FATAL);
            assertThat(jmsg.text()).startsWith("bareos-fd JobId 1: ").containsAnyOf("Network send error to SD",
                "Comm error with SD", "Append Close");
          });
        }
        sd.await();
      }
      replayFullBackup(daemon, data);
    }
  }

  @Test
  void wrongDirectorPasswordIsRefusedAndTheDaemonServesOn() throws Exception {
    try (FileDaemon daemon = KitFileDaemon.start()) {
      assertThatThrownBy(() -> ScriptedDirector.connect(daemon.port(), "wrong-secret"))
          .isInstanceOf(AuthenticationException.class);
      try (BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
        assertThat(dir.receive(ScriptedPeer.WAIT)).isEqualTo(new Packet.Message(
            KitConversation.latin1("2000 OK Hello 54\n")));
      }
    }
  }

  static int indexAfter(List<TranscriptMessage> messages, String text) {
    for (int i = 0; i < messages.size(); i++) {
      if (!messages.get(i).isSignal() && messages.get(i).text().equals(text)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("not in the transcript: " + text);
  }
}
