package org.jbareos.director.job;

import java.util.List;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;

/**
 * How a job ended: its catalog status ({@code T} OK, {@code W} with warnings, {@code f}/{@code E} failed, PROTOCOL.md
 * §10), the counters written to its Job row, and its job log (the last line is the summary).
 */
public record JobResult(long jobId, String job, JobStatus status, JobLevel level, long jobFiles, long jobBytes,
    List<String> log) {
  public JobResult {
    log = List.copyOf(log);
  }

  public boolean isSuccessful() {
    return status == JobStatus.TERMINATED || status == JobStatus.WARNINGS;
  }
}
