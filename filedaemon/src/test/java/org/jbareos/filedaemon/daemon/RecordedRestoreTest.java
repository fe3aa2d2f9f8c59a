package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.net.BareosConnection;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our FD against the Director's and the SD's sides of the kit's restore (restore.txt, JobId 3, the Full backup of
 * JobId 1 restored below a {@code where}): every frame it sends on both connections equals the real FD's after the
 * normalizations of {@link KitConversation}, and the restored tree equals the data set.
 */
class RecordedRestoreTest {

  @TempDir Path temp;

  @Test
  void restoreConversationsEqualTheRecordedOnesAndTheTreeComesBack() throws Exception {
    Path original = KitDataSet.create(temp.resolve("original"));
    Path where = temp.resolve("restores");
    KitConversation kit = new KitConversation("restore.txt");
    byte[] randomBin = KitDataSet.randomBin();
    int[] offset = {0};
    try (FileDaemon daemon = KitFileDaemon.start();
        ScriptedStorageDaemon sd = ScriptedStorageDaemon.start(kit.job, kit.sessionKey, fd ->
            new ScriptedPeer("sd", fd, m -> completed(m, randomBin, offset), t -> t).play(kit.storage))) {
      try (BareosConnection dir = ScriptedDirector.connect(daemon.port(), ScriptedDirector.KIT_PASSWORD)) {
        new ScriptedPeer("dir", dir, m -> KitFileDaemon.directorFrame(m, where, sd.port()),
            KitConversation::normalizeDirector).play(kit.director);
      }
      sd.await();
    }
    assertThat(offset[0]).isEqualTo(randomBin.length);
    assertSameTree(original, where.resolve(KitDataSet.KIT_ROOT.substring(1)));
  }

  /** The recorded random.bin frames hold only a 64-byte prefix: the SD sends the real bytes of the data set. */
  private static byte[] completed(TranscriptMessage m, byte[] randomBin, int[] offset) {
    if (m.complete()) {
      return m.payload();
    }
    byte[] frame = Arrays.copyOfRange(randomBin, offset[0], offset[0] + m.header());
    assertThat(Arrays.copyOf(frame, m.payload().length)).isEqualTo(m.payload());
    offset[0] += m.header();
    return frame;
  }

  private static void assertSameTree(Path original, Path restored) throws Exception {
    List<Path> names;
    try (Stream<Path> walk = Files.walk(original)) {
      names = walk.map(original::relativize).sorted().toList();
    }
    try (Stream<Path> walk = Files.walk(restored)) {
      assertThat(walk.map(restored::relativize).sorted().toList()).isEqualTo(names);
    }
    for (Path name : names) {
      Path a = original.resolve(name);
      Path b = restored.resolve(name);
      assertThat(Files.isSymbolicLink(b)).as(name.toString()).isEqualTo(Files.isSymbolicLink(a));
      if (Files.isSymbolicLink(a)) {
        assertThat(Files.readSymbolicLink(b)).isEqualTo(Files.readSymbolicLink(a));
        continue;
      }
      assertThat(Files.isDirectory(b)).as(name.toString()).isEqualTo(Files.isDirectory(a));
      if (Files.isRegularFile(a)) {
        assertThat(Files.readAllBytes(b)).as(name.toString()).isEqualTo(Files.readAllBytes(a));
      }
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(b))).as(name + " mode")
          .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
      assertThat(Files.getLastModifiedTime(b, LinkOption.NOFOLLOW_LINKS)).as(name + " mtime")
          .isEqualTo(Files.getLastModifiedTime(a, LinkOption.NOFOLLOW_LINKS));
    }
  }
}
