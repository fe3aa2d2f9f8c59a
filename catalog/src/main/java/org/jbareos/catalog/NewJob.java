package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * What the Director knows when it creates a job's row (Bareos's {@code CreateJobRecord}): the unique job name
 * ({@code BackupClient1.2025-01-01_10.00.00_04}), the Job resource's name, type, level, scheduled time and status.
 * Client, pool and fileset are 0 when not yet known; {@link JobRepository#updateStart} fills them in.
 */
public record NewJob(
    String job,
    String name,
    JobType type,
    JobLevel level,
    JobStatus jobStatus,
    LocalDateTime schedTime,
    long jobTDate,
    long clientId,
    long poolId,
    long fileSetId,
    String comment) {
  public NewJob {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(jobStatus, "jobStatus");
  }
}
