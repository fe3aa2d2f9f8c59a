package org.jbareos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.TreeComparison;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DESIGN.md testing layer 4: the Storage Daemon, File Daemon and Director each in their own JVM ({@link
 * BackupSystem}), driven by {@code jbareos console} in a JVM of its own reading commands from standard input, as a
 * script drives bconsole. Rounds of Full, change, Incremental, change, Differential; after each backup the latest
 * state is restored ({@code restore ... current all}) and so is one file ({@code file=}), and both are compared with
 * the source as it was then (content, type, mode, owner, mtime, link targets, hard links). The volume files are read
 * back with {@code VolumeReader}, independently of the SD that wrote them. In-process tests cannot catch what only
 * separate processes show: configuration read independently by each daemon, no shared state, real process start-up.
 */
@Tag("system")
@ExtendWith(BackupSystem.Shared.class)
class SeparateProcessesBackupTest {

  private static final String BACKUP = "run job=" + ConfigWriter.BACKUP_JOB + " level=%s yes";

  @Test
  @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void fullIncrementalDifferentialEachRestoredThroughTheConsoleProcess(BackupSystem system) throws Exception {
    SourceTree tree = system.tree();
    try (ConsoleProcess process = system.startConsole()) {
      try {
        assertThat(process.login()).as("console login").contains("1000 OK: " + ConfigWriter.DIRECTOR);
        Console console = process::call;

        long full = console.runToEnd(BACKUP.formatted("Full"), 'T');
        assertListed(console, full, "F", tree.entries().size());
        restoreAndCompare(system, console, "full", SourceTree.UTF8_NAME);

        tree.changeForIncremental();
        long incremental = console.runToEnd(BACKUP.formatted("Incremental"), 'T');
        // plain.txt rewritten, sub/added later.txt new, and sub itself (its mtime changed with the new entry)
        assertListed(console, incremental, "I", 3);
        restoreAndCompare(system, console, "incremental", SourceTree.PLAIN);

        tree.changeForDifferential();
        long differential = console.runToEnd(BACKUP.formatted("Differential"), 'T');
        // the Incremental's three, sub/nested.bin, the new directory, its file, and the root (new entry in it)
        assertListed(console, differential, "D", 7);
        restoreAndCompare(system, console, "differential", SourceTree.ADDED_FOR_DIFFERENTIAL);

        checkVolumes(console, system, full, incremental, differential);
      } catch (AssertionError | IOException | RuntimeException e) {
        throw new AssertionError(system.withLogs(e.getMessage() + "\n----- console -----\n"
            + process.transcript()), e);
      }
    }
  }

  /** The job's row in {@code list jobs}: ended OK, at {@code level}, with {@code files} files. */
  private static void assertListed(Console console, long jobId, String level, long files) throws IOException {
    JobList jobs = JobList.parse(console.call("list jobs"));
    assertThat(jobs.job(jobId)).as("JobId " + jobId + " in list jobs")
        .containsEntry("jobstatus", "T").containsEntry("level", level);
    assertThat(JobList.files(jobs.job(jobId))).as("JobFiles of JobId " + jobId).isEqualTo(files);
  }

  /**
   * Restores the latest state of the tree to one fresh directory and the single file {@code single} to another,
   * each through a restore job, and compares them with the source as it is now.
   */
  private static void restoreAndCompare(BackupSystem system, Console console, String round, String single)
      throws IOException {
    Path source = system.tree().root();
    String restoreCurrent = "restore client=" + ConfigWriter.CLIENT + " fileset=" + ConfigWriter.FILESET
        + " current";

    Path everything = system.newDirectory("restore-" + round);
    console.runToEnd(restoreCurrent + " all done yes where=\"" + everything + "\"", 'T');
    TreeComparison.Result whole = TreeComparison.compare(source, restoredPath(everything, source));
    assertThat(whole.differences()).as("latest state restored after the " + round).isEmpty();

    Path one = system.newDirectory("restore-" + round + "-one-file");
    console.runToEnd(restoreCurrent + " file=\"" + source.resolve(single) + "\" done yes where=\"" + one + "\"",
        'T');
    Path restoredTree = restoredPath(one, source);
    TreeComparison.Result file = TreeComparison.compareEntries(source, restoredTree, List.of(single));
    assertThat(file.differences()).as(single + " restored on its own after the " + round).isEmpty();
    try (Stream<Path> all = Files.walk(restoredTree)) {
      assertThat(all.filter(p -> !Files.isDirectory(p)).map(p -> restoredTree.relativize(p).toString()))
          .as("what a restore of " + single + " alone brings back").containsExactly(single);
    }
  }

  /** Bareos puts a restored file at {@code where} + its original absolute path. */
  private static Path restoredPath(Path where, Path source) {
    return where.resolve(source.getRoot().relativize(source).toString());
  }

  /** Every volume {@code list volumes} names is on disk, and each job's records are on them as backed up. */
  private static void checkVolumes(Console console, BackupSystem system, long full, long incremental,
      long differential) throws IOException {
    String volumes = console.call("list volumes");
    VolumeContents contents = VolumeContents.read(system.site().storage());
    assertThat(contents.volumeNames()).as("volumes on disk").isNotEmpty();
    for (String name : contents.volumeNames()) {
      assertThat(volumes).as("list volumes").contains(name);
    }
    SourceTree tree = system.tree();
    VolumeContents.JobData fullData = contents.job(full);
    for (Path entry : tree.entries()) {
      if (!entry.toString().contains(SourceTree.NEW_DIR) && !entry.equals(tree.path(SourceTree.ADDED))) {
        assertThat(fullData.hasAttributesOf(entry)).as("Full attributes of " + entry).isTrue();
      }
    }
    assertThat(fullData.hasFileData(SourceTree.PLAIN_V1.getBytes(StandardCharsets.UTF_8)))
        .as("Full data of plain.txt").isTrue();
    assertThat(fullData.hasFileData(SourceTree.nestedBytes())).as("Full data of sub/nested.bin").isTrue();

    VolumeContents.JobData incrData = contents.job(incremental);
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.PLAIN))).as("Incremental attributes of plain").isTrue();
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.ADDED))).as("Incremental attributes of added")
        .isTrue();
    assertThat(incrData.hasAttributesOf(tree.path(SourceTree.UTF8_NAME))).as("unchanged file not in Incremental")
        .isFalse();
    assertThat(incrData.hasFileData(SourceTree.PLAIN_V2.getBytes(StandardCharsets.UTF_8)))
        .as("Incremental data of the changed plain.txt").isTrue();
    assertThat(incrData.hasFileData(SourceTree.ADDED_TEXT.getBytes(StandardCharsets.UTF_8)))
        .as("Incremental data of the added file").isTrue();

    VolumeContents.JobData diffData = contents.job(differential);
    assertThat(diffData.hasFileData(SourceTree.PLAIN_V2.getBytes(StandardCharsets.UTF_8)))
        .as("Differential data of plain.txt as changed before the Incremental").isTrue();
    assertThat(diffData.hasFileData(Files.readAllBytes(tree.path(SourceTree.NESTED))))
        .as("Differential data of the appended sub/nested.bin").isTrue();
    assertThat(diffData.hasFileData(SourceTree.DIFFERENTIAL_TEXT.getBytes(StandardCharsets.UTF_8)))
        .as("Differential data of the added file").isTrue();
    assertThat(diffData.hasAttributesOf(tree.path(SourceTree.UTF8_NAME))).as("unchanged file not in Differential")
        .isFalse();
  }
}
