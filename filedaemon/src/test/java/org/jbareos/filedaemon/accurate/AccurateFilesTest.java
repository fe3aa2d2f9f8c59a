package org.jbareos.filedaemon.accurate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.filedaemon.walk.DeletedFile;
import org.jbareos.filedaemon.walk.FileStat;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FindOptions;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.dirfd.AccurateEntry;
import org.jbareos.protocol.fileset.FileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change decision of an accurate backup ({@code filed/accurate.cc AccurateCheckFile}) and its deleted list. */
class AccurateFilesTest {

  @TempDir Path temp;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void optionLettersAreBareosAccurateOptions() {
    assertThat(AccurateCheck.of("mcs")).isEqualTo(AccurateCheck.DEFAULT);
    assertThat(AccurateCheck.of("ipnugsamcdA51")).containsExactlyInAnyOrder(AccurateCheck.values());
    assertThat(AccurateCheck.of("Cx:J")).as("letters Bareos ignores").isEmpty();
  }

  @Test
  void theLastOptionsBlockWithAccurateLettersDecidesForTheInclude() {
    FindFileSet.Include include = include("MCpins:", "Z6", "Cm:");
    assertThat(include.accurate()).contains("m");
    assertThat(include("MHAX").accurate()).isEmpty();
    assertThat(FindOptions.of(new FileSet.Options("C5:M", List.of())).accurate()).contains("5");
  }

  @Test
  void aFileNotInTheListIsNewAndSaved() throws Exception {
    Path file = write("new.txt", "new");
    AccurateFiles list = new AccurateFiles(0, warnings::add);
    assertThat(changed(list, file, include("M"))).isTrue();
  }

  @Test
  void byDefaultMtimeCtimeAndSizeAreCompared() throws Exception {
    Path file = write("a.txt", "alpha");
    FileStat s = lstat(file);
    assertThat(changed(listOf(file, ""), file, include("M"))).as("same stat").isFalse();
    assertThat(changed(listWith(file, new FileStat(s.dev(), s.ino() + 1, s.mode(), s.nlink() + 1, s.uid() + 1,
        s.gid() + 1, s.rdev(), s.size(), s.blksize(), s.blocks(), s.atime() - 1, s.mtime(), s.ctime())), file,
        include("M"))).as("inode, links, owner, group, atime are not compared by default").isFalse();
    assertThat(changed(listWith(file, new FileStat(s.dev(), s.ino(), s.mode(), s.nlink(), s.uid(), s.gid(),
        s.rdev(), s.size() + 1, s.blksize(), s.blocks(), s.atime(), s.mtime(), s.ctime())), file, include("M")))
        .as("size").isTrue();
    assertThat(changed(listWith(file, new FileStat(s.dev(), s.ino(), s.mode(), s.nlink(), s.uid(), s.gid(),
        s.rdev(), s.size(), s.blksize(), s.blocks(), s.atime(), s.mtime() - 1, s.ctime())), file, include("M")))
        .as("mtime").isTrue();
    assertThat(changed(listWith(file, new FileStat(s.dev(), s.ino(), s.mode(), s.nlink(), s.uid(), s.gid(),
        s.rdev(), s.size(), s.blksize(), s.blocks(), s.atime(), s.mtime(), s.ctime() - 1)), file, include("M")))
        .as("ctime").isTrue();
    FileStat bigger = new FileStat(s.dev(), s.ino(), s.mode(), s.nlink(), s.uid(), s.gid(), s.rdev(),
        s.size() + 1, s.blksize(), s.blocks(), s.atime(), s.mtime(), s.ctime());
    assertThat(changed(listWith(file, bigger), file, include("MCd:"))).as("d: the file shrank").isTrue();
    FileStat smaller = new FileStat(s.dev(), s.ino(), s.mode(), s.nlink(), s.uid(), s.gid(), s.rdev(),
        s.size() - 1, s.blksize(), s.blocks(), s.atime(), s.mtime(), s.ctime());
    assertThat(changed(listWith(file, smaller), file, include("MCd:"))).as("d: the file grew").isFalse();
  }

  @Test
  void onlyTheNamedFieldsAreCompared() throws Exception {
    Path file = write("p.txt", "perm");
    AccurateFiles list = listOf(file, "");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    FileStat now = lstat(file);
    FileStat oldMode = new FileStat(now.dev(), now.ino(), now.mode() ^ 0044, now.nlink(), now.uid(), now.gid(),
        now.rdev(), now.size(), now.blksize(), now.blocks(), now.atime(), now.mtime(), now.ctime());
    AccurateFiles withOldMode = listWith(file, oldMode);
    assertThat(changed(withOldMode, file, include("MCs:"))).as("s only: the mode is not looked at").isFalse();
    assertThat(changed(withOldMode, file, include("MCp:"))).as("p: the mode differs").isTrue();
    assertThat(changed(list, file, include("MCA:"))).as("A: always").isTrue();
  }

  @Test
  void checksumOptionComparesTheContentDigest() throws Exception {
    Path file = write("c.txt", "content");
    String md5 = new Digest(DigestAlgorithm.MD5,
        java.security.MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file))).toCatalog();
    assertThat(changed(listOf(file, md5), file, include("MC5:"))).isFalse();
    assertThat(changed(listOf(file, "AAAAAAAAAAAAAAAAAAAAAA"), file, include("MC5:"))).isTrue();
    assertThat(warnings).isEmpty();

    assertThat(changed(listOf(file, ""), file, include("MC5:"))).as("no checksum in the list").isTrue();
    assertThat(warnings).containsExactly("Cannot verify checksum for " + file + "\n");
    assertThat(changed(listOf(file, "AAAAAAAAAAAAAAAAAAAAAA"), file, include("C5:")))
        .as("no signature option: nothing to compare with").isFalse();
  }

  @Test
  void filesTheWalkDidNotSeeAreDeletedInListOrder() throws Exception {
    Path kept = write("kept.txt", "k");
    Path gone = write("gone.txt", "g");
    Path dir = Files.createDirectories(temp.resolve("d"));
    EncodedStat goneStat = lstat(gone).encode(0, 2);
    AccurateFiles list = new AccurateFiles(3, warnings::add);
    list.add(new AccurateEntry(gone.toString(), goneStat.encode(), "", 0));
    list.add(new AccurateEntry(kept.toString(), lstat(kept).encode(0, 2).encode(), "", 0));
    list.add(new AccurateEntry(dir + "/", lstat(dir).encode(0, 2).encode(), "", 0));
    list.add(new AccurateEntry(gone.toString(), "A A A", "", 0));
    assertThat(list.size()).as("a name sent twice keeps its first entry").isEqualTo(3);
    Files.delete(gone);

    assertThat(changed(list, kept, include("M"))).isFalse();
    List<DeletedFile> deleted = new ArrayList<>();
    list.unseen().forEachRemaining(deleted::add);
    assertThat(deleted).containsExactly(new DeletedFile(0, gone.toString(), goneStat.mtime(), goneStat.ctime()),
        new DeletedFile(0, dir + "/", lstat(dir).mtime(), lstat(dir).ctime()));
  }

  private AccurateFiles listOf(Path file, String checksum) throws Exception {
    AccurateFiles list = new AccurateFiles(1, warnings::add);
    list.add(new AccurateEntry(file.toString(), lstat(file).encode(0, 2).encode(), checksum, 0));
    return list;
  }

  private AccurateFiles listWith(Path file, FileStat catalogStat) {
    AccurateFiles list = new AccurateFiles(1, warnings::add);
    list.add(new AccurateEntry(file.toString(), catalogStat.encode(0, 2).encode(), "", 0));
    return list;
  }

  private static boolean changed(AccurateFiles list, Path file, FindFileSet.Include include) throws Exception {
    return list.changed(file.toString(), file, lstat(file), include.defaultOptions(), include);
  }

  private static FindFileSet.Include include(String... optionLetters) {
    List<FindOptions> options = new ArrayList<>();
    for (String letters : optionLetters) {
      options.add(FindOptions.of(new FileSet.Options(letters, List.of())));
    }
    return new FindFileSet.Include(options, List.of("/"), List.of());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(temp.resolve(name), text);
  }

  private static FileStat lstat(Path path) throws Exception {
    return FileStat.lstat(path);
  }
}
