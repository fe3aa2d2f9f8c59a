package org.jbareos.director.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobRecord;
import org.jbareos.config.value.FileOptions;
import org.jbareos.config.value.IncludeExcludeItem;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.dirfd.AccurateCommand;
import org.jbareos.protocol.dirfd.AccurateEntry;

/**
 * The accurate list of an Incremental or Differential backup of a Job with {@code Accurate = yes} ({@code
 * dird/backup.cc SendAccurateCurrentFiles}, PROTOCOL.md §5.1): the files the backups it builds on hold — the Full
 * for a Differential; the Full, the last Differential and the Incrementals since for an Incremental ({@code
 * AccurateGetJobids}) — each the latest version, deleted ones left out, as {@code <path><name>\0<lstat>\0<md5>\0<delta
 * seq>}, announced by {@code accurate files=<sum of their JobFiles>\n}. The checksum goes along only when the
 * FileSet's accurate or verify options compare it ({@code 5} in {@code Accurate =} / {@code Verify =}).
 *
 * <p>The entries stream from the catalog to the FD ({@link #forEachEntry}) without being held in memory.
 *
 * @param jobIds the jobs the list is made from
 * @param announced the {@code accurate files=} estimate
 * @param checksum whether the digests go along
 */
record AccurateList(List<Long> jobIds, long announced, boolean checksum) {

  AccurateCommand command() {
    return new AccurateCommand(announced);
  }

  /** How many entries went to the FD, and how many files were left out because they are marked deleted. */
  record Sent(long sent, long discarded) {}

  /**
   * Streams the entries, in the catalog's order, to {@code sink}; files whose latest version is a deletion (FileIndex
   * 0, stored for an earlier accurate backup's deleted entry) are left out and counted.
   */
  Sent forEachEntry(CatalogDatabase catalog, Consumer<AccurateEntry> sink) {
    long[] counts = {0, 0};
    catalog.restore().forEachLatestVersion(jobIds, file -> {
      if (file.fileIndex() == 0) {
        counts[1]++;
        return;
      }
      String md5 = file.md5() == null || file.md5().equals("0") || !checksum ? "" : file.md5();
      sink.accept(new AccurateEntry(file.path() + file.name(), file.lstat(), md5, file.deltaSeq()));
      counts[0]++;
    });
    return new Sent(counts[0], counts[1]);
  }

  /**
   * The list for a backup at {@code level}; empty for a Full (jbareos has no Base jobs) or a job without Accurate.
   *
   * @throws JobFailure {@code Cannot find previous jobids.} when an Incremental or Differential has no Full
   */
  static Optional<AccurateList> of(CatalogDatabase catalog, JobContext context, JobResources resources,
      JobLevel level, long clientId, long fileSetId, LocalDateTime before) throws JobFailure {
    if (!context.job().accurate() || (level != JobLevel.INCREMENTAL && level != JobLevel.DIFFERENTIAL)) {
      return Optional.empty();
    }
    List<Long> jobIds = catalog.jobs().accurateJobIds(clientId, fileSetId, level, before);
    if (jobIds.isEmpty()) {
      throw JobFailure.fatal("Cannot find previous jobids.");
    }
    long announced = 0;
    for (long jobId : jobIds) {
      announced += catalog.jobs().findById(jobId).map(JobRecord::jobFiles).orElse(0L);
    }
    return Optional.of(new AccurateList(List.copyOf(jobIds), announced, checksumNeeded(resources)));
  }

  /** {@code IsChecksumNeededByFileset}: an {@code Accurate} or {@code Verify} option that compares digests. */
  private static boolean checksumNeeded(JobResources resources) {
    for (IncludeExcludeItem item : resources.fileSet().includes()) {
      for (FileOptions options : item.options()) {
        for (String option : List.of("accurate", "verify")) {
          if (options.get(option).stream().anyMatch(value -> value.contains("5"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
