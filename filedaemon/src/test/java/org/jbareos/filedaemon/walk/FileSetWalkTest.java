package org.jbareos.filedaemon.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.filedaemon.KitDataSet;
import org.jbareos.filedaemon.RichTree;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.fileset.FileSet;
import org.jbareos.protocol.fileset.FileSet.OptionItem;
import org.jbareos.protocol.fileset.FileSet.OptionItem.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Include/exclude, patterns, file types and Incremental selection of the walk. */
class FileSetWalkTest {

  @TempDir Path temp;

  private static List<FoundFile> walk(FileSet fileSet, List<NotSaved> notSaved) {
    return KitDataSetWalkTest.walkAll(FindFileSet.of(fileSet), Optional.empty(), notSaved);
  }

  private static List<String> names(List<FoundFile> found, Path root) {
    return found.stream().map(f -> f.fname().substring(root.toString().length())).toList();
  }

  private static FileSet options(Path root, FileSet.Options... blocks) {
    return new FileSet(List.of(new FileSet.Block(List.of(), List.of(blocks), List.of(root.toString()), List.of())),
        List.of());
  }

  @Test
  void hardLinksAfterTheFirstAreLinksavedWithTheFirstFileIndex() throws Exception {
    Path data = RichTree.create(temp.resolve("data"));
    List<FoundFile> found = walk(WalkTestFileSets.include("M", List.of(), data), new ArrayList<>());

    List<FoundFile> names = found.stream().filter(f -> f.fname().contains("hard-")).toList();
    assertThat(names).hasSize(3);
    FoundFile first = names.get(0);
    assertThat(first.type()).isEqualTo(FileType.REG);
    assertThat(first.linkFi()).isZero();
    assertThat(names.subList(1, 3)).allSatisfy(f -> {
      assertThat(f.type()).isEqualTo(FileType.LNKSAVED);
      assertThat(f.linkFi()).isEqualTo(first.fileIndex());
      assertThat(f.link()).isEqualTo(first.fname());
      assertThat(f.stat().encode(f.linkFi(), 2).linkFi()).isEqualTo(first.fileIndex());
    });

    List<FoundFile> noHardlinks = walk(WalkTestFileSets.include("MH", List.of(), data), new ArrayList<>());
    assertThat(noHardlinks).filteredOn(f -> f.fname().contains("hard-")).extracting(FoundFile::type)
        .containsOnly(FileType.REG);
  }

  @Test
  void typesOfSpecialFilesSymlinksAndEmptyFiles() throws Exception {
    Path data = RichTree.create(temp.resolve("data"));
    Files.writeString(data.resolve("private-empty"), "");
    Files.setAttribute(data.resolve("private-empty"), "unix:mode", 0600);
    List<FoundFile> found = walk(WalkTestFileSets.include("r", List.of(), data), new ArrayList<>());

    assertThat(found).filteredOn(f -> f.fname().endsWith("/fifo")).singleElement()
        .extracting(FoundFile::type).as("a FIFO below a File item is SPEC even with r").isEqualTo(FileType.SPEC);
    assertThat(found).filteredOn(f -> f.fname().endsWith("/empty.dat")).singleElement()
        .extracting(FoundFile::type).isEqualTo(FileType.REGE);
    assertThat(found).filteredOn(f -> f.fname().endsWith("/private-empty")).singleElement()
        .extracting(FoundFile::type).as("not readable by everyone: REG").isEqualTo(FileType.REG);
    assertThat(found).filteredOn(f -> f.fname().endsWith("/absolute-link")).singleElement()
        .satisfies(f -> {
          assertThat(f.type()).isEqualTo(FileType.LNK);
          assertThat(f.link()).isEqualTo(data.resolve("tape_options").toString());
        });
    assertThat(found).filteredOn(f -> f.fname().endsWith("/empty-dir/")).singleElement()
        .extracting(FoundFile::type).isEqualTo(FileType.DIREND);

    List<FoundFile> topFifo = walk(WalkTestFileSets.include("r", List.of(), data.resolve("fifo")), new ArrayList<>());
    assertThat(topFifo).singleElement().extracting(FoundFile::type).isEqualTo(FileType.FIFO);
    List<FoundFile> topFifoNoRead =
        walk(WalkTestFileSets.include("", List.of(), data.resolve("fifo")), new ArrayList<>());
    assertThat(topFifoNoRead).singleElement().extracting(FoundFile::type).isEqualTo(FileType.SPEC);
  }

  @Test
  void aMissingFileItemIsReportedAndTheWalkGoesOn() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    Path missing = temp.resolve("no-such-file");
    FileSet fileSet = new FileSet(List.of(new FileSet.Block(List.of(), List.of(),
        List.of(missing.toString(), data.resolve("tape_options").toString()), List.of())), List.of());
    List<NotSaved> notSaved = new ArrayList<>();

    List<FoundFile> found = walk(fileSet, notSaved);

    assertThat(notSaved).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(FileType.NOSTAT);
      assertThat(n.error()).isTrue();
      assertThat(n.message()).isEqualTo("Could not stat \"" + missing + "\": ERR=No such file or directory");
    });
    assertThat(found).singleElement().satisfies(f -> assertThat(f.fileIndex()).isEqualTo(1));
  }

  @Test
  void wildFileIncludesAndAnEmptyExcludeBlockExcludesTheRest() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    FileSet fileSet = options(data,
        new FileSet.Options("M", List.of(new OptionItem(Code.WILD_FILE, "*.txt"))),
        new FileSet.Options("e", List.of(new OptionItem(Code.WILD_FILE, "*"))));

    List<String> names = names(walk(fileSet, new ArrayList<>()), data);

    assertThat(names).containsExactlyInAnyOrder("/docs/a.txt", "/docs/b.txt", "/docs/c.txt",
        "/file with space.txt", "/" + KitDataSet.UTF8_NAME, "/docs/", "/");
  }

  @Test
  void theMatchingBlockGivesTheOptionsAndTheLastBlockTheRest() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    FileSet fileSet = options(data,
        new FileSet.Options("Z6", List.of(new OptionItem(Code.WILD, "*.bin"))),
        new FileSet.Options("M", List.of()));

    List<FoundFile> found = walk(fileSet, new ArrayList<>());

    assertThat(found).filteredOn(f -> f.fname().endsWith("random.bin")).singleElement()
        .satisfies(f -> assertThat(f.options().compression()).contains("Z6"));
    assertThat(found).filteredOn(f -> f.fname().endsWith("/tape_options")).singleElement()
        .satisfies(f -> {
          assertThat(f.options().compression()).isEmpty();
          assertThat(f.options().digest()).isPresent();
        });
  }

  @Test
  void excludedDirectoriesAreNotDescendedAndRegexesMatchAnywhere() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    FileSet byWildDir = options(data, new FileSet.Options("e", List.of(new OptionItem(Code.WILD_DIR, "*/docs"))));
    assertThat(names(walk(byWildDir, new ArrayList<>()), data)).noneMatch(n -> n.startsWith("/docs"))
        .contains("/tape_options");

    FileSet byRegex = options(data, new FileSet.Options("e", List.of(new OptionItem(Code.REGEX, "\\.(bin|dat)$"))));
    assertThat(names(walk(byRegex, new ArrayList<>()), data)).doesNotContain("/random.bin", "/empty.dat")
        .contains("/docs/a.txt");

    FileSet byRegexFile = options(data, new FileSet.Options("e", List.of(new OptionItem(Code.REGEX_FILE, "docs"))));
    assertThat(names(walk(byRegexFile, new ArrayList<>()), data)).doesNotContain("/docs/a.txt")
        .contains("/docs/");

    FileSet byRegexDir = options(data, new FileSet.Options("e", List.of(new OptionItem(Code.REGEX_DIR, "docs$"))));
    assertThat(names(walk(byRegexDir, new ArrayList<>()), data)).noneMatch(n -> n.startsWith("/docs"));
  }

  @Test
  void ignoreCaseAppliesToWildcardsAndRegexes() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    FileSet exact = options(data, new FileSet.Options("e", List.of(new OptionItem(Code.WILD, "*/DOCS/A.TXT"))));
    assertThat(names(walk(exact, new ArrayList<>()), data)).contains("/docs/a.txt");
    FileSet folded = options(data, new FileSet.Options("ei", List.of(new OptionItem(Code.WILD, "*/DOCS/A.TXT"))));
    assertThat(names(walk(folded, new ArrayList<>()), data)).doesNotContain("/docs/a.txt");
    FileSet regex = options(data, new FileSet.Options("ei", List.of(new OptionItem(Code.REGEX, "RANDOM"))));
    assertThat(names(walk(regex, new ArrayList<>()), data)).doesNotContain("/random.bin");
  }

  @Test
  void excludeBlocksMatchTheirFilesAsWildcardsOnTheWholeName() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    FileSet fileSet = new FileSet(
        List.of(new FileSet.Block(List.of(), List.of(), List.of(data.toString()), List.of())),
        List.of(new FileSet.Block(List.of(), List.of(), List.of("*.bin", data + "/docs"), List.of())));

    List<String> names = names(walk(fileSet, new ArrayList<>()), data);

    assertThat(names).doesNotContain("/random.bin", "/docs/", "/docs/a.txt").contains("/tape_options", "/");
  }

  @Test
  void excludeDirContainingSkipsTheDirectoryAndEverythingBelow() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    Files.writeString(data.resolve("docs/.nobackup"), "");
    FileSet fileSet = new FileSet(List.of(new FileSet.Block(List.of(".nobackup"), List.of(),
        List.of(data.toString()), List.of())), List.of());

    List<String> names = names(walk(fileSet, new ArrayList<>()), data);

    assertThat(names).noneMatch(n -> n.startsWith("/docs")).hasSize(7);
  }

  @Test
  void noRecursionSavesSubdirectoriesWithoutTheirContents() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<String> names = names(walk(WalkTestFileSets.include("h", List.of(), data), new ArrayList<>()), data);
    assertThat(names).contains("/docs/", "/tape_options", "/").doesNotContain("/docs/a.txt");
  }

  @Test
  void oneFileSystemSavesMountPointsWithoutTheirContentsUnlessF() throws Exception {
    Path dev = Path.of("/dev");
    long devDevice = FileStat.lstat(dev).dev();
    Path otherFs = null;
    try (var entries = Files.newDirectoryStream(dev)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && FileStat.lstat(entry).dev() != devDevice) {
          otherFs = entry;
          break;
        }
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(otherFs != null, "/dev has no other file system mounted in it");
    String prefix = otherFs + "/";

    List<FoundFile> oneFs = walk(WalkTestFileSets.include("", List.of(), dev), new ArrayList<>());
    assertThat(oneFs).extracting(FoundFile::fname).contains(prefix).noneMatch(n -> n.startsWith(prefix)
        && !n.equals(prefix));
    assertThat(oneFs).filteredOn(f -> f.stat().fileTypeBits() == FileStat.S_IFCHR).isNotEmpty()
        .extracting(FoundFile::type).containsOnly(FileType.SPEC);

    Path mountPoint = otherFs;
    boolean hasEntries;
    try (var entries = Files.newDirectoryStream(mountPoint)) {
      hasEntries = entries.iterator().hasNext();
    }
    List<FoundFile> multiFs = walk(WalkTestFileSets.include("f", List.of(), dev), new ArrayList<>());
    if (hasEntries) {
      assertThat(multiFs).extracting(FoundFile::fname).anyMatch(n -> n.startsWith(prefix) && !n.equals(prefix));
    }
    assertThat(multiFs.size()).isGreaterThanOrEqualTo(oneFs.size());
  }

  @Test
  void fsTypeLinesLimitTheFileSystemsSaved() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    String type = FindOptions.fsType(data);
    List<OptionItem> other = List.of(new OptionItem(Code.FS_TYPE, "no-such-fs"));
    List<NotSaved> notSaved = new ArrayList<>();

    assertThat(walk(WalkTestFileSets.include("", other, data), notSaved)).isEmpty();
    assertThat(notSaved).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(FileType.INVALIDFS);
      assertThat(n.error()).isFalse();
      assertThat(n.message()).isEqualTo("Top level directory \"" + data + "\" has unlisted fstype \"" + type + "\"");
    });
    List<OptionItem> same = List.of(new OptionItem(Code.FS_TYPE, type));
    assertThat(walk(WalkTestFileSets.include("", same, data), new ArrayList<>())).hasSize(11);
  }

  @Test
  void noRecursionAndOtherFileSystemsAreNotedBeforeTheDirectoryEntry() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    List<NotSaved> notSaved = new ArrayList<>();
    walk(WalkTestFileSets.include("h", List.of(), data), notSaved);
    assertThat(notSaved).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(FileType.NORECURSE);
      assertThat(n.fname()).isEqualTo(data + "/docs/");
      assertThat(n.message()).isEqualTo("Recursion turned off. Will not descend from " + data + " into " + data
          + "/docs");
    });
  }

  @Test
  void sizeOptionSavesOnlyRegularFilesOfThatSize() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    assertThat(names(walk(WalkTestFileSets.include("z>10k:", List.of(), data), new ArrayList<>()), data))
        .containsExactlyInAnyOrder("/random.bin", "/link-to-tape_options", "/docs/", "/");
    assertThat(names(walk(WalkTestFileSets.include("z6-8:", List.of(), data), new ArrayList<>()), data))
        .filteredOn(n -> !n.endsWith("/") && !n.contains("link"))
        .containsExactlyInAnyOrder("/docs/a.txt", "/docs/b.txt", "/docs/c.txt");
    assertThat(names(walk(WalkTestFileSets.include("z300k:", List.of(), data), new ArrayList<>()), data))
        .contains("/random.bin").doesNotContain("/tape_options");
    assertThat(SizeMatch.parse("1kb")).contains(new SizeMatch(SizeMatch.Kind.APPROX, 1000, 0));
    assertThat(SizeMatch.parse("<2M")).contains(new SizeMatch(SizeMatch.Kind.SMALLER, 2L << 20, 0));
    assertThat(SizeMatch.parse("lots")).isEmpty();
  }

  @Test
  void incrementalUsesCtimeUnlessMtimeOnly() throws Exception {
    Path data = KitDataSet.create(temp.resolve("data"));
    long since = java.time.Instant.now().getEpochSecond() + 1;
    Thread.sleep(2100);
    Files.setAttribute(data.resolve("tape_options"), "unix:mode", 0640);
    Optional<IncrementalSince> incremental = Optional.of(new IncrementalSince(since));

    List<FoundFile> byCtime =
        KitDataSetWalkTest.walkAll(FindFileSet.of(WalkTestFileSets.include("M", List.of(), data)), incremental,
            new ArrayList<>());
    assertThat(names(byCtime, data)).containsExactly("/tape_options");

    List<NotSaved> skipped = new ArrayList<>();
    List<FoundFile> byMtime =
        KitDataSetWalkTest.walkAll(FindFileSet.of(WalkTestFileSets.include("Mm", List.of(), data)), incremental,
            skipped);
    assertThat(byMtime).isEmpty();
    assertThat(skipped).hasSize(11).noneMatch(NotSaved::error);
  }
}
