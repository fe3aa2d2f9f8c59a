package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code Heartbeat Interval} set on the Client, the FD sends {@code BNET_HEARTBEAT} to the Director while a
 * restore waits for the SD's records (PROTOCOL.md §1.3; {@code filed/dir_cmd.cc RestoreCmd MakeDirHeartbeat}). The
 * Director's frames are read raw here: a {@link BareosConnection} drops heartbeats.
 */
class DirectorHeartbeatTest {

  private static final String JOB = "RestoreFiles.2026-11-22_02.09.39_07";
  private static final String KEY = "FLEL-BNDO-EFEM-EOLO-BFII-OHBA-DKLP-IJDP";

  @TempDir Path temp;

  @Test
  void heartbeatsGoToTheDirectorWhileTheSdIsSilent() throws Exception {
    Path config = KitFileDaemon.kitConfigWithClient(temp.resolve("config"), "Heartbeat Interval = 1");
    try (FileDaemon daemon = KitFileDaemon.start(config);
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(JOB, KEY, fd -> {
          assertThat(text(fd)).isEqualTo("read open session = DummyVolume 3 1795313292 0 0 0 0\n");
          fd.send("3000 OK open ticket = 3\n");
          assertThat(text(fd)).isEqualTo("read data 3\n");
          fd.send("3000 OK data\n");
          Thread.sleep(2_500);
          fd.signal(Signal.EOD);
          assertThat(text(fd)).isEqualTo("read close session 3\n");
          fd.send("3000 OK close Status = 84\n");
          fd.signal(Signal.EOD);
        });
        BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
      DataInputStream raw = new DataInputStream(dir.transport().input());
      assertThat(frame(raw)).isEqualTo("2000 OK Hello 54\n");
      dir.send("JobId=3 Job=" + JOB + " SDid=3 SDtime=1795313292 Authorization=" + KEY + "\n");
      assertThat(frame(raw)).startsWith("2000 OK Job ");
      dir.send("storage address=127.0.0.1 port=" + sd.port() + " ssl=0 Authorization=" + KEY + "\n");
      List<String> frames = new ArrayList<>();
      for (String f; !(f = frame(raw)).equals("2000 OK storage end\n"); ) {
        if (f.equals("2000 OK storage\n")) {
          dir.send("restore replace=a prelinks=0 where=" + temp.resolve("restores") + "\n");
        }
        frames.add(f);
      }
      long heartbeats = frames.stream().filter(f -> f.equals("<signal -6>")).count();
      assertThat(heartbeats).as(frames.toString()).isBetween(1L, 4L);
      sd.await();
    }
  }

  private static String frame(DataInputStream raw) throws Exception {
    int header = raw.readInt();
    if (header < 0) {
      return "<signal " + header + ">";
    }
    return new String(raw.readNBytes(header), StandardCharsets.UTF_8);
  }

  private static String text(BareosConnection connection) throws Exception {
    return ((Packet.Message) connection.receive(ScriptedPeer.WAIT)).text();
  }
}
