package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.catalog.FileRecord;
import org.jbareos.client.DirectorConsole;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.testkit.KitConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accurate mode end to end, our Director, Storage Daemon and File Daemon in one JVM on loopback ({@code Accurate =
 * yes} in the kit's backup job): a Full, then one file deleted and one modified, an accurate Incremental (the
 * Director sends the Full's files, the FD saves the modified one and sends the deleted one as FT_DELETED, the catalog
 * stores it with FileIndex 0), then a restore of the latest state: the deleted file does not come back, the modified
 * one has its new content. A second accurate Incremental then skips the deleted file in its list.
 */
class AccurateBackupTest {
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path directory;

  @Test
  void theLatestStateAfterAnAccurateIncrementalHasNoDeletedFiles() throws Exception {
    Path data = Files.createDirectories(directory.resolve("data/sub"));
    Files.writeString(data.resolveSibling("keep.txt"), "kept as it is\n");
    Files.writeString(data.resolveSibling("change.txt"), "before\n");
    Files.writeString(data.resolveSibling("gone.txt"), "deleted before the incremental\n");
    Files.writeString(data.resolve("also-kept.txt"), "kept too\n");
    try (KitDaemons daemons = KitDaemons.start(directory, config -> KitConfig.rewrite(config.resolve(
        "bareos-dir.d/job/backup-bareos-fd.conf"), "Priority = 10", "Priority = 10\n  Accurate = yes"))) {
      Path site = daemons.site().data();
      JobEngine engine = daemons.engine();
      JobResult full = backup(engine, JobLevel.FULL);
      assertThat(full.jobFiles()).isEqualTo(6);

      Files.delete(site.resolve("gone.txt"));
      Files.writeString(site.resolve("change.txt"), "after, and longer\n");
      JobResult incremental = backup(engine, JobLevel.INCREMENTAL);
      String log = String.join("", incremental.log());
      assertThat(log).contains("Sending Accurate information (estimated 6 files).")
          .containsPattern("Sent Accurate information for 6 files \\(skipping 0 deleted files\\) in"
              + " \\d\\d:\\d\\d:\\d\\d\\.");
      List<FileRecord> files = daemons.catalog().files().listForJob(incremental.jobId());
      assertThat(files).filteredOn(f -> f.name().equals("gone.txt")).singleElement()
          .satisfies(f -> assertThat(f.fileIndex()).as("deleted: FileIndex 0").isZero());
      assertThat(files).filteredOn(f -> f.name().equals("change.txt")).singleElement()
          .satisfies(f -> assertThat(f.fileIndex()).isPositive());
      assertThat(files).extracting(FileRecord::name).doesNotContain("keep.txt", "also-kept.txt");

      Path restored = directory.resolve("restored");
      String restoreLog;
      try (DirectorConsole console = daemons.console()) {
        assertThat(console.call("restore client=bareos-fd fileset=TestSet current where=" + restored
            + " all done yes")).contains("Job queued.");
        console.call("wait");
        restoreLog = console.call("messages");
        assertThat(restoreLog).contains("Restore OK");
      }
      Path root = restored.resolve(site.toString().substring(1));
      assertThat(root.resolve("gone.txt")).as(restoreLog).doesNotExist();
      assertThat(root.resolve("change.txt")).hasContent("after, and longer");
      assertThat(root.resolve("keep.txt")).hasContent("kept as it is");
      assertThat(root.resolve("sub/also-kept.txt")).hasContent("kept too");

      JobResult nothingChanged = backup(engine, JobLevel.INCREMENTAL);
      assertThat(String.join("", nothingChanged.log()))
          .contains("Sent Accurate information for 5 files (skipping 1 deleted files)");
      assertThat(daemons.catalog().files().listForJob(nothingChanged.jobId())).extracting(FileRecord::name)
          .as("the deletion is not sent again").doesNotContain("gone.txt");
    }
  }

  @Test
  void anAccurateIncrementalAfterAFullThatSavedNothingSavesEverything() throws Exception {
    try (KitDaemons daemons = KitDaemons.start(directory, config -> KitConfig.rewrite(config.resolve(
        "bareos-dir.d/job/backup-bareos-fd.conf"), "Priority = 10", "Priority = 10\n  Accurate = yes"))) {
      // the FileSet's directory does not exist yet: the Full saves no file (and reports it)
      JobResult full = daemons.engine().start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
          .await(DEADLINE);
      assertThat(full.jobFiles()).as(String.join("", full.log())).isZero();
      assertThat(full.status()).isIn(JobStatus.TERMINATED, JobStatus.WARNINGS);

      Path data = Files.createDirectories(daemons.site().data().resolve("sub"));
      Files.writeString(data.resolve("new.txt"), "new\n");
      JobResult incremental = backup(daemons.engine(), JobLevel.INCREMENTAL);
      assertThat(String.join("", incremental.log()))
          .contains("Sending Accurate information (estimated 0 files).")
          .contains("Sent Accurate information for 0 files (skipping 0 deleted files)");
      assertThat(daemons.catalog().files().listForJob(incremental.jobId())).extracting(FileRecord::name)
          .containsExactlyInAnyOrder("new.txt", "", "");
    }
  }

  /**
   * Runs a backup in a second of its own: the jobs a list or a restore builds on are told apart by their start time
   * and JobTDate, both whole seconds, as in Bareos ({@code AccurateGetJobids}, {@code uar_inc}).
   */
  private static JobResult backup(JobEngine engine, JobLevel level) throws Exception {
    long second = System.currentTimeMillis() / 1000;
    while (System.currentTimeMillis() / 1000 == second) {
      Thread.sleep(20);
    }
    JobResult result = engine.start(JobRequest.Backup.of("backup-bareos-fd", level)).await(DEADLINE);
    assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
    return result;
  }
}
