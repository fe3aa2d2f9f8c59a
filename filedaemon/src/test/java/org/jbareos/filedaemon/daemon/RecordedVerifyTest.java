package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jbareos.net.BareosConnection;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our FD against the Director's and the SD's sides of the kit's VolumeToCatalog verify (verify-volume.txt, JobId 4):
 * the attribute and digest lines it relays to the Director, and every other frame on both connections, equal the
 * real FD's after the normalizations of {@link KitConversation}.
 */
class RecordedVerifyTest {

  @TempDir Path temp;

  @Test
  void verifyVolumeConversationsEqualTheRecordedOnes() throws Exception {
    KitConversation kit = new KitConversation("verify-volume.txt");
    assertThat(kit.director).anyMatch(m -> !m.isSignal() && m.text().equals("1 3 H6phOIkGxb2lOmvt4nnBsg *MD5-1*"));
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(kit.job, kit.sessionKey, fd ->
            new ScriptedPeer("sd", fd, TranscriptMessage::payload, t -> t).play(kit.storage))) {
      try (BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
        new ScriptedPeer("dir", dir, m -> KitFileDaemon.directorFrame(m, temp, sd.port()),
            KitConversation::normalizeDirector).play(kit.director);
      }
      sd.await();
    }
  }
}
