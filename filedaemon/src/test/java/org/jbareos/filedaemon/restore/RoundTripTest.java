package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.RichTree;
import org.jbareos.filedaemon.TreeComparison;
import org.jbareos.filedaemon.backup.BackupRecord;
import org.jbareos.filedaemon.backup.BackupSession;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.protocol.fileset.FileSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backup then restore of every file type, with each digest, compression and sparse option. */
class RoundTripTest {

  @TempDir Path temp;

  /** Backs up the File items with the option letters and feeds each data frame to the restore as the SD would. */
  static List<RestoreMessage> backupAndRestore(String letters, String where, ReplaceMode replace, Path... files) {
    FileSet fileSet = new FileSet(List.of(new FileSet.Block(List.of(),
        List.of(new FileSet.Options(letters, List.of())),
        java.util.Arrays.stream(files).map(Path::toString).toList(), List.of())), List.of());
    List<NotSaved> notSaved = new ArrayList<>();
    List<RestoreMessage> messages = new ArrayList<>();
    try (BackupSession backup = new BackupSession(FindFileSet.of(fileSet), Optional.empty(), notSaved::add);
        RestoreSession restore = new RestoreSession(where, replace, false, messages::add)) {
      while (backup.hasNext()) {
        BackupRecord record = backup.next();
        for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) {
          restore.record(record.fileIndex(), record.stream(), frame);
        }
      }
      restore.finish();
      assertThat(notSaved).isEmpty();
    }
    return messages;
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "S", "S2", "S3", "MZ6", "S2Z1", "MZf4", "S3Zfh", "Ms", "S2sZ9", "MsZf4", "MAX"})
  void restoredTreeIsIdentical(String letters) throws Exception {
    Path data = RichTree.create(temp.resolve("src/data"));
    Path where = temp.resolve("restore");

    List<RestoreMessage> messages = backupAndRestore(letters, where.toString(), ReplaceMode.ALWAYS, data);

    assertThat(messages).isEmpty();
    Path restored = Path.of(where + data.toString());
    TreeComparison.assertSameTree(data, restored);
    Object inode = Files.getAttribute(restored.resolve("docs/hard-1.txt"), "unix:ino");
    assertThat(Files.getAttribute(restored.resolve("docs/hard-2.txt"), "unix:ino")).isEqualTo(inode);
    assertThat(Files.getAttribute(restored.resolve("other/hard-3.txt"), "unix:ino")).isEqualTo(inode);
    assertThat((Integer) Files.getAttribute(restored.resolve("fifo"), "unix:mode", LinkOption.NOFOLLOW_LINKS)
        & 0170000).isEqualTo(0010000);
    assertThat(Files.readSymbolicLink(restored.resolve("absolute-link"))).isEqualTo(data.resolve("tape_options"));
    if (letters.contains("s")) {
      long blocks = RichTree.allocatedBlocks(restored.resolve("sparse.img"));
      assertThat(blocks * 512).as("allocated bytes of the sparse file").isLessThan(RichTree.SPARSE_SIZE / 4);
    }
  }
}
