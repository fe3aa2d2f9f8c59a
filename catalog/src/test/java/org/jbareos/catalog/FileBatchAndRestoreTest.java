package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Batch insert and the restore selection on a small history: Full, Incremental, Differential, Incremental, plus a
 * failed Incremental, a job of another fileset and one after the restore time, none of which may count.
 */
class FileBatchAndRestoreTest {
  /** Against the embedded PostgreSQL. */
  @Nested
  class Embedded extends Contract {
    Embedded() {
      super(TestCatalogs.EMBEDDED);
    }
  }

  /** Against the external PostgreSQL of bin/lib/test-services.sh (skipped without JBAREOS_PG_URL). */
  @Nested
  class External extends Contract {
    External() {
      super(TestCatalogs.EXTERNAL);
    }
  }

  abstract static class Contract {
    static final LocalDateTime T0 = LocalDateTime.of(2025, 1, 1, 21, 0);
    static final String WEIRD = "we\tird\\na\nme";

    /** The history is written once per catalog; the tests only read it (or add jobs of other clients). */
    private static final Map<TestCatalogs, Written> HISTORIES = new EnumMap<>(TestCatalogs.class);

    /** The jobs of the history, oldest first. */
    record Written(BackupHistory history, JobRecord full, JobRecord inc1, JobRecord diff, JobRecord inc2,
        JobRecord failedInc, JobRecord otherFileSet, JobRecord afterCutoff) {}

    final TestCatalogs kind;
    CatalogDatabase catalog;
    BackupHistory history;
    JobRecord full, inc1, diff, inc2, failedInc, otherFileSet, afterCutoff;

    Contract(TestCatalogs kind) {
      this.kind = kind;
    }

    @BeforeEach
    void writeHistoryOnce() {
      catalog = kind.catalog();
      Written written;
      synchronized (HISTORIES) {
        written = HISTORIES.computeIfAbsent(kind, k -> writeHistory(catalog));
      }
      history = written.history();
      full = written.full();
      inc1 = written.inc1();
      diff = written.diff();
      inc2 = written.inc2();
      failedInc = written.failedInc();
      otherFileSet = written.otherFileSet();
      afterCutoff = written.afterCutoff();
    }

    private static Written writeHistory(CatalogDatabase catalog) {
      BackupHistory history = new BackupHistory(catalog);
      JobRecord full = history.job(JobLevel.FULL, T0, JobStatus.TERMINATED);
      insert(catalog, f(full, 1, "/etc/", "hosts", "A"), f(full, 2, "/etc/", "passwd", "B"),
          f(full, 3, "/etc/", "", "C"), f(full, 4, "/home/a/", "notes.txt", "D"), f(full, 5, "/tmp/", WEIRD, "E"));
      JobRecord inc1 = history.job(JobLevel.INCREMENTAL, T0.plusDays(1), JobStatus.TERMINATED);
      insert(catalog, f(inc1, 1, "/etc/", "hosts", "F"), f(inc1, 2, "/home/a/", "new.txt", "G"));
      JobRecord diff = history.job(JobLevel.DIFFERENTIAL, T0.plusDays(2), JobStatus.WARNINGS);
      insert(catalog, f(diff, 1, "/etc/", "hosts", "H"), f(diff, 2, "/home/a/", "new.txt", "I"),
          f(diff, 0, "/etc/", "passwd", "deleted"));
      JobRecord inc2 = history.job(JobLevel.INCREMENTAL, T0.plusDays(3), JobStatus.TERMINATED);
      insert(catalog, f(inc2, 1, "/home/a/", "notes.txt", "J"));
      JobRecord failedInc = history.job(JobLevel.INCREMENTAL, T0.plusDays(3).plusHours(1), JobStatus.FATAL_ERROR);
      insert(catalog, f(failedInc, 1, "/etc/", "hosts", "K"));
      FileSetRecord other = catalog.fileSets().findOrCreate(TestCatalogs.unique("Other"), "x", "", T0);
      JobRecord otherFileSet =
          history.job(JobLevel.INCREMENTAL, T0.plusDays(3).plusHours(2), JobStatus.TERMINATED, other.fileSetId());
      insert(catalog, f(otherFileSet, 1, "/etc/", "hosts", "L"));
      JobRecord afterCutoff = history.job(JobLevel.INCREMENTAL, T0.plusDays(5), JobStatus.TERMINATED);
      insert(catalog, f(afterCutoff, 1, "/etc/", "hosts", "M"));
      return new Written(history, full, inc1, diff, inc2, failedInc, otherFileSet, afterCutoff);
    }

    @Test
    void batchInsertStoresEveryFileWithItsPath() {
      List<FileRecord> files = catalog.files().listForJob(full.jobId());
      assertThat(files).extracting(FileRecord::fileIndex, FileRecord::path, FileRecord::name, FileRecord::lstat)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1, "/etc/", "hosts", "A"),
              org.assertj.core.groups.Tuple.tuple(2, "/etc/", "passwd", "B"),
              org.assertj.core.groups.Tuple.tuple(3, "/etc/", "", "C"),
              org.assertj.core.groups.Tuple.tuple(4, "/home/a/", "notes.txt", "D"),
              org.assertj.core.groups.Tuple.tuple(5, "/tmp/", WEIRD, "E"));
      assertThat(files).allSatisfy(f -> assertThat(f.md5()).isEqualTo("md5-" + f.lstat()));
      assertThat(catalog.files().countForJob(diff.jobId())).isEqualTo(3);
      // each directory is stored once in Path, however many jobs name it
      Long etcRows = catalog.transactions().inTransaction(h ->
          h.createQuery("SELECT count(*) FROM Path WHERE Path = '/etc/'").mapTo(Long.class).one());
      assertThat(etcRows).isEqualTo(1);
    }

    @Test
    void restoreAtTheLatestTimeTakesFullDifferentialAndLaterIncrementals() {
      LocalDateTime before = T0.plusDays(4);
      assertThat(catalog.restore().jobIds(history.client.clientId(), history.fileSet.fileSet(), before))
          .containsExactly(full.jobId(), diff.jobId(), inc2.jobId());
      assertThat(catalog.restore().files(history.client.clientId(), history.fileSet.fileSet(), before))
          .containsExactly(
              restored("/etc/", "", 3, full, "C"),
              restored("/tmp/", WEIRD, 5, full, "E"),
              restored("/etc/", "hosts", 1, diff, "H"),
              restored("/home/a/", "new.txt", 2, diff, "I"),
              restored("/home/a/", "notes.txt", 1, inc2, "J"));
    }

    @Test
    void restoreBeforeTheDifferentialTakesFullAndIncremental() {
      LocalDateTime before = T0.plusDays(1).plusHours(12);
      assertThat(catalog.restore().jobIds(history.client.clientId(), history.fileSet.fileSet(), before))
          .containsExactly(full.jobId(), inc1.jobId());
      assertThat(catalog.restore().files(history.client.clientId(), history.fileSet.fileSet(), before))
          .containsExactly(
              restored("/etc/", "passwd", 2, full, "B"),
              restored("/etc/", "", 3, full, "C"),
              restored("/home/a/", "notes.txt", 4, full, "D"),
              restored("/tmp/", WEIRD, 5, full, "E"),
              restored("/etc/", "hosts", 1, inc1, "F"),
              restored("/home/a/", "new.txt", 2, inc1, "G"));
    }

    @Test
    void restoreBeforeAnyFullFindsNothing() {
      assertThat(catalog.restore().jobIds(history.client.clientId(), history.fileSet.fileSet(), T0)).isEmpty();
      assertThat(catalog.restore().files(history.client.clientId(), history.fileSet.fileSet(), T0)).isEmpty();
    }

    @Test
    void restoreSkipsJobsOnDisabledVolumes() {
      BackupHistory disabled = new BackupHistory(catalog);
      disabled.job(JobLevel.FULL, T0, JobStatus.TERMINATED);
      catalog.transactions().inTransaction(h -> h.createUpdate("UPDATE Media SET Enabled = 0 WHERE MediaId = :id")
          .bind("id", disabled.volume.mediaId()).execute());
      assertThat(catalog.restore().jobIds(disabled.client.clientId(), disabled.fileSet.fileSet(), T0.plusDays(4))).isEmpty();
    }

    @Test
    void sinceTimeFollowsFindJobStartTime() {
      long client = history.client.clientId();
      long fs = history.fileSet.fileSetId();
      var jobs = catalog.jobs();
      // as of now, the last successful job of the chain is the Incremental after the cutoff
      assertThat(jobs.findSinceTime(org.jbareos.protocol.JobType.BACKUP, JobLevel.INCREMENTAL, history.jobName, client, fs))
          .contains(new PriorJob(afterCutoff.startTime(), afterCutoff.job()));
      assertThat(jobs.findSinceTime(org.jbareos.protocol.JobType.BACKUP, JobLevel.DIFFERENTIAL, history.jobName, client, fs))
          .contains(new PriorJob(full.startTime(), full.job()));
      assertThat(jobs.findLastStart(org.jbareos.protocol.JobType.BACKUP, JobLevel.DIFFERENTIAL, history.jobName, client, fs))
          .contains(new PriorJob(diff.startTime(), diff.job()));
      assertThat(jobs.findSinceTime(org.jbareos.protocol.JobType.BACKUP, JobLevel.INCREMENTAL, history.jobName + "-x", client, fs))
          .isEmpty();
      assertThatThrownBy(() -> jobs.findSinceTime(org.jbareos.protocol.JobType.BACKUP, JobLevel.FULL, history.jobName, client, fs))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(jobs.findByClient(client)).extracting(JobRecord::jobId).containsExactly(full.jobId(), inc1.jobId(),
          diff.jobId(), inc2.jobId(), failedInc.jobId(), otherFileSet.jobId(), afterCutoff.jobId());
    }

    /**
     * The Director streams the accurate list from the catalog straight to the FD; when the FD hangs up mid-list the
     * sink throws, and the pooled connection must still work for the next statement (pgjdbc's cancel of a COPY TO
     * leaves the rest of the stream on the wire, and the Job record update after it failed).
     */
    @Test
    void aSinkThatFailsMidStreamLeavesTheCatalogUsable() {
      IllegalStateException hungUp = new IllegalStateException("the FD hung up");
      assertThatThrownBy(() -> catalog.restore().forEachFile(List.of(full.jobId()), file -> {
        throw hungUp;
      })).isSameAs(hungUp);
      for (int i = 0; i < 3; i++) {
        assertThat(catalog.jobs().findById(full.jobId())).map(JobRecord::jobId).contains(full.jobId());
      }
      assertThat(catalog.restore().latestVersions(List.of(full.jobId()))).hasSize(5);
    }

    /** A job that saved a file twice restores it once, its higher FileIndex (Bareos's DISTINCT ON keeps one). */
    @Test
    void aFileSavedTwiceByOneJobIsRestoredOnceAtItsHigherFileIndex() {
      BackupHistory twice = new BackupHistory(catalog);
      JobRecord job = twice.job(JobLevel.FULL, T0.plusDays(8), JobStatus.TERMINATED);
      insert(catalog, f(job, 1, "/etc/", "hosts", "first"), f(job, 2, "/etc/", "passwd", "P"),
          f(job, 3, "/etc/", "hosts", "second"));
      JobRecord later = twice.job(JobLevel.INCREMENTAL, T0.plusDays(9), JobStatus.TERMINATED);
      insert(catalog, f(later, 1, "/etc/", "group", "G"));
      List<RestoreFile> expected = List.of(restored("/etc/", "passwd", 2, job, "P"),
          restored("/etc/", "hosts", 3, job, "second"), restored("/etc/", "group", 1, later, "G"));
      assertThat(catalog.restore().latestVersions(List.of(job.jobId(), later.jobId()))).isEqualTo(expected);
      assertThat(catalog.restore().files(twice.client.clientId(), twice.fileSet.fileSet(), T0.plusDays(10)))
          .isEqualTo(expected);
      // for the restore tree, which keeps the later copy itself, both come in FileIndex order
      List<RestoreFile> withRepeats = new java.util.ArrayList<>();
      catalog.restore().forEachFileWithRepeats(List.of(job.jobId(), later.jobId()), withRepeats::add);
      assertThat(withRepeats).containsExactly(restored("/etc/", "hosts", 1, job, "first"),
          restored("/etc/", "passwd", 2, job, "P"), restored("/etc/", "hosts", 3, job, "second"),
          restored("/etc/", "group", 1, later, "G"));
    }

    /** The tree's rows come unsorted from the server and are sorted by the selection, as the tree needs them. */
    @Test
    void rowsStoredOutOfOrderComeToTheTreeInFileIndexOrder() {
      JobRecord job = new BackupHistory(catalog).job(JobLevel.FULL, T0.plusDays(11), JobStatus.TERMINATED);
      insert(catalog, f(job, 3, "/b/", "c", "C"), f(job, 1, "/a/", "a", "A"), f(job, 4, "/a/", "", "D"),
          f(job, 2, "/b/", "b", "B"));
      List<RestoreFile> withRepeats = new java.util.ArrayList<>();
      catalog.restore().forEachFileWithRepeats(List.of(job.jobId()), withRepeats::add);
      assertThat(withRepeats).containsExactly(restored("/a/", "a", 1, job, "A"), restored("/b/", "b", 2, job, "B"),
          restored("/b/", "c", 3, job, "C"), restored("/a/", "", 4, job, "D"));
      assertThat(catalog.restore().latestVersions(List.of(job.jobId()))).isEqualTo(withRepeats);
    }

    @Test
    void abandonedBatchLeavesNoFiles() {
      JobRecord job = new BackupHistory(catalog).job(JobLevel.FULL, T0.plusDays(6), JobStatus.ERROR_TERMINATED);
      try (FileBatch batch = catalog.files().openBatch()) {
        batch.add(f(job, 1, "/never/", "stored", "x"));
        assertThat(batch.size()).isEqualTo(1);
      }
      assertThat(catalog.files().countForJob(job.jobId())).isZero();
      Long neverPaths = catalog.transactions().inTransaction(h ->
          h.createQuery("SELECT count(*) FROM Path WHERE Path = '/never/'").mapTo(Long.class).one());
      assertThat(neverPaths).isZero();
    }

    @Test
    void nulInANameIsRefused() {
      JobRecord job = new BackupHistory(catalog).job(JobLevel.FULL, T0.plusDays(7), JobStatus.ERROR_TERMINATED);
      try (FileBatch batch = catalog.files().openBatch()) {
        assertThatThrownBy(() -> batch.add(f(job, 1, "/", "a\0b", "x"))).isInstanceOf(IllegalArgumentException.class);
      }
    }

    private static FileAttributes f(JobRecord job, int fileIndex, String path, String name, String lstat) {
      return FileAttributes.of(job.jobId(), fileIndex, path, name, lstat, "md5-" + lstat);
    }

    private static void insert(CatalogDatabase catalog, FileAttributes... files) {
      assertThat(catalog.files().insert(List.of(files))).isEqualTo(files.length);
    }

    private static RestoreFile restored(String path, String name, int fileIndex, JobRecord job, String lstat) {
      return new RestoreFile(path, name, fileIndex, job.jobId(), lstat, 0, "md5-" + lstat);
    }
  }
}
