package org.jbareos.filedaemon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.WalkTestFileSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Option {@code k} (keepatime) puts a file's atime back after it was read ({@code RestoreFileTimes}). */
class KeepAtimeTest {

  @TempDir Path temp;

  private long atimeAfterBackup(String letters) throws Exception {
    Path data = KitDataSet.create(temp.resolve(letters));
    RecordedBackup.run(FindFileSet.of(WalkTestFileSets.include(letters, List.of(), data)), Optional.empty());
    FileTime atime = (FileTime) Files.getAttribute(data.resolve("tape_options"), "lastAccessTime",
        LinkOption.NOFOLLOW_LINKS);
    return atime.toInstant().getEpochSecond();
  }

  @Test
  void atimeStaysWithKAndMovesWithout() throws Exception {
    Path probe = Files.writeString(temp.resolve("probe"), "x");
    KitDataSet.setTimes(probe, KitDataSet.T0);
    Files.readAllBytes(probe);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ((FileTime) Files.getAttribute(probe, "lastAccessTime")).toInstant().getEpochSecond() > KitDataSet.T0,
        "the temporary directory is mounted noatime");
    assertThat(atimeAfterBackup("Mk")).isEqualTo(KitDataSet.T0);
    assertThat(atimeAfterBackup("M")).as("read by the backup (relatime: atime was older than mtime)")
        .isGreaterThan(KitDataSet.T0);
  }
}
