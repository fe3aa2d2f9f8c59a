package org.jbareos.filedaemon.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.jbareos.filedaemon.TreeComparison;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner, mode and times of restored files whether or not they match what a new file gets (the setter skips what
 * already matches), and a new file's name that exists as a dangling symlink (the exclusive create fails over to the
 * replace rule: the link is replaced, its target is not created).
 */
class AttributeRestoreTest {

  @TempDir Path temp;

  @Test
  void ownersModesAndSetIdBitsAreRestoredWhetherOrNotTheyMatchANewFile() throws Exception {
    Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "setting owners needs root");
    Path data = Files.createDirectories(temp.resolve("src/data"));
    Path plain = Files.writeString(data.resolve("plain.txt"), "as a new file is");
    Path setuid = Files.writeString(data.resolve("setuid"), "another owner, set-user-id");
    Files.setAttribute(setuid, "unix:uid", 1234, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(setuid, "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
    Files.setAttribute(setuid, "unix:mode", 04755);
    Path setgid = Files.writeString(data.resolve("setgid"), "our owner, set-group-id");
    Files.setAttribute(setgid, "unix:mode", 02750);
    Path otherGroup = Files.writeString(data.resolve("other-group"), "our user, another group");
    Files.setAttribute(otherGroup, "unix:gid", 5678, LinkOption.NOFOLLOW_LINKS);
    for (Path file : List.of(plain, setuid, setgid, otherGroup, data)) {
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
    }
    Path where = temp.resolve("restore");

    List<RestoreMessage> messages = RoundTripTest.backupAndRestore("M", where.toString(), ReplaceMode.ALWAYS, data);

    assertThat(messages).isEmpty();
    TreeComparison.assertSameTree(data, Path.of(where + data.toString()));
  }

  @Test
  void aDanglingSymlinkWhereANewFileGoesIsReplacedNotFollowed() throws Exception {
    Path data = Files.createDirectories(temp.resolve("src/data"));
    Files.writeString(data.resolve("a.txt"), "first, so that the directory is known");
    Files.writeString(data.resolve("b.txt"), "restored over a dangling symlink");
    Path where = temp.resolve("restore");
    Path restored = Path.of(where + data.toString());
    Files.createDirectories(restored);
    Path outside = temp.resolve("outside.txt");
    Files.createSymbolicLink(restored.resolve("b.txt"), outside);

    List<RestoreMessage> messages = RoundTripTest.backupAndRestore("M", where.toString(), ReplaceMode.ALWAYS, data);

    assertThat(messages).isEmpty();
    assertThat(Files.isSymbolicLink(restored.resolve("b.txt"))).isFalse();
    assertThat(restored.resolve("b.txt")).hasContent("restored over a dangling symlink");
    assertThat(outside).doesNotExist();
  }

  @Test
  void aNameRestoredTwiceInOneSessionEndsAsItsLaterVersion() throws Exception {
    // a restore of a Full and an Incremental: the second version replaces the first, whose write, close and
    // attributes may still be queued on the writer's thread
    Path data = Files.createDirectories(temp.resolve("src/data"));
    Path file = Files.writeString(data.resolve("changed.txt"), "first version, longer than the second one");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_500_000_000_000L));
    List<RestoreProblemsTest.Frame> full = RestoreProblemsTest.backup("M", data);
    Files.writeString(file, "second version");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
    List<RestoreProblemsTest.Frame> both = new java.util.ArrayList<>(full);
    both.addAll(RestoreProblemsTest.backup("M", data));
    Path where = temp.resolve("restore");
    List<RestoreMessage> messages = new java.util.ArrayList<>();

    RestoreProblemsTest.restore(both, where.toString(), ReplaceMode.ALWAYS, messages);

    assertThat(messages).isEmpty();
    Path restored = Path.of(where + file.toString());
    assertThat(restored).hasContent("second version");
    assertThat(Files.getLastModifiedTime(restored)).isEqualTo(FileTime.fromMillis(1_600_000_000_000L));
  }
}
