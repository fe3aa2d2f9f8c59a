package org.jbareos.director;

import java.time.LocalDateTime;
import java.util.Objects;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * One entry of the Director's list of recent job results ({@code RecentJobResultsList::JobResult}), shown under
 * {@code Terminated Jobs} by {@code status director}.
 *
 * @param jobId the JobId
 * @param job the unique job name ({@code backup-bareos-fd.2026-11-22_02.09.08_03})
 * @param type the job type
 * @param level the level
 * @param status the final status
 * @param jobFiles files
 * @param jobBytes bytes
 * @param errors JobErrors
 * @param endTime when it ended, Director local time
 */
public record TerminatedJob(long jobId, String job, JobType type, JobLevel level, JobStatus status, long jobFiles,
    long jobBytes, long errors, LocalDateTime endTime) {

  public TerminatedJob {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(endTime, "endTime");
  }

  /** The Job resource name: the unique name without its three dotted suffix parts, as {@code status dir} cuts it. */
  public String jobName() {
    String name = job;
    for (int i = 0; i < 3; i++) {
      int dot = name.lastIndexOf('.');
      if (dot >= 0) {
        name = name.substring(0, dot);
      }
    }
    return name;
  }
}
