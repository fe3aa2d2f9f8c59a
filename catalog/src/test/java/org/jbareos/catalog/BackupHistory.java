package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/** Writes finished backup jobs the way the Director will: job row, start, JobMedia on a volume, end. */
final class BackupHistory {
  final CatalogDatabase catalog;
  final ClientRecord client;
  final FileSetRecord fileSet;
  final PoolRecord pool;
  final MediaRecord volume;
  final String jobName;

  BackupHistory(CatalogDatabase catalog) {
    this.catalog = catalog;
    this.client = catalog.clients().findOrCreate(TestCatalogs.unique("client1-fd"), "25.0.0", true, 0, 0);
    this.fileSet = catalog.fileSets().findOrCreate(TestCatalogs.unique("LinuxAll"), "md5", "", LocalDateTime.now());
    this.pool = catalog.pools().create(PoolRecord.backupPool(TestCatalogs.unique("Full"), "Full-", 0, 0));
    this.volume = catalog.media().create(NewMedia.fromPool(pool, TestCatalogs.unique("Full"), "File", "Append", 0));
    this.jobName = TestCatalogs.unique("BackupClient1");
  }

  /** A job of this client and fileset that ran at {@code start} and ended with {@code status}. */
  JobRecord job(JobLevel level, LocalDateTime start, JobStatus status) {
    return job(level, start, status, fileSet.fileSetId());
  }

  JobRecord job(JobLevel level, LocalDateTime start, JobStatus status, long fileSetId) {
    long jobTDate = start.atZone(ZoneId.systemDefault()).toEpochSecond();
    JobRecord created = catalog.jobs().create(new NewJob(jobName + "." + start, jobName, JobType.BACKUP, level,
        JobStatus.CREATED, start, 0, client.clientId(), pool.poolId(), fileSetId, null));
    catalog.jobs().updateStart(created.jobId(), new JobStart(JobStatus.RUNNING, level, start, jobTDate,
        client.clientId(), pool.poolId(), fileSetId));
    catalog.jobMedia().create(created.jobId(), volume.mediaId(), 1, 1, 0, 0, 0, 100, 100);
    catalog.jobs().updateEnd(created.jobId(), new JobEnd(status, level, start.plusMinutes(1), start.plusMinutes(1),
        0, 0, 0, 0, 0, 1, 1, 0, 0, 0));
    return catalog.jobs().findById(created.jobId()).orElseThrow();
  }
}
