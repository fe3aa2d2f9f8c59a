package org.jbareos.director.job;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.PriorJob;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobType;

/**
 * The level a backup really runs at, and what it is based on (Bareos's {@code GetLevelSinceTime}, {@code
 * dird/job.cc}): an Incremental or Differential looks up the last successful job of this Job, Client and FileSet
 * ({@code FindJobStartTime}); with no prior Full it is upgraded to a Full and the job log says {@code No prior or
 * suitable Full backup found in catalog. Doing FULL backup.}
 *
 * @param level the level the job runs at
 * @param since the job it is based on (Incremental and Differential only)
 * @param sinceText the summary's suffix: {@code , since=2026-11-22 02:09:10} or {@code  (upgraded from
 *     Incremental)}
 */
record BackupLevel(JobLevel level, Optional<PriorJob> since, String sinceText) {
  private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static BackupLevel resolve(CatalogDatabase catalog, String jobName, JobLevel requested, long clientId,
      long fileSetId, JobLog log) {
    if (requested != JobLevel.INCREMENTAL && requested != JobLevel.DIFFERENTIAL) {
      return new BackupLevel(requested, Optional.empty(), "");
    }
    Optional<PriorJob> prior = catalog.jobs().findSinceTime(JobType.BACKUP, requested, jobName, clientId, fileSetId);
    if (prior.isEmpty()) {
      log.info("No prior or suitable Full backup found in catalog. Doing FULL backup.");
      return new BackupLevel(JobLevel.FULL, Optional.empty(), " (upgraded from " + requested.meaning() + ")");
    }
    return new BackupLevel(requested, prior, ", since=" + SINCE.format(prior.get().startTime()));
  }

  /** The prior job's start as Unix seconds, for {@code level = since_utime <utime>}. */
  long sinceUtime(ZoneId zone) {
    return since.map(p -> p.startTime().atZone(zone).toEpochSecond()).orElse(0L);
  }
}
