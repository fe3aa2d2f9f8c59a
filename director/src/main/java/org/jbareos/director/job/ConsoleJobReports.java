package org.jbareos.director.job;

import java.time.LocalDateTime;
import org.jbareos.director.ConsoleMessages;
import org.jbareos.director.RecentJobs;
import org.jbareos.director.TerminatedJob;
import org.jbareos.protocol.JobType;

/**
 * The engine's jobs as the console sees them: each console message is queued with the time prefix Bareos's message
 * queue gives it ({@code 22-Nov 02:09 bareos-dir JobId 3: ...}, backup-full.bconsole-out.txt; {@code
 * lib/message.cc} formats {@code %d-%b %H:%M }, {@link MessageTime}), and each ended job becomes a recent job result.
 */
final class ConsoleJobReports implements JobListener {
  private final ConsoleMessages messages;
  private final RecentJobs recentJobs;

  ConsoleJobReports(ConsoleMessages messages, RecentJobs recentJobs) {
    this.messages = messages;
    this.recentJobs = recentJobs;
  }

  @Override
  public void message(LocalDateTime time, String text) {
    messages.add(MessageTime.prefix(time) + text);
  }

  @Override
  public void ended(JobType type, JobResult result, LocalDateTime endTime) {
    recentJobs.jobFinished(new TerminatedJob(result.jobId(), result.job(), type, result.level(), result.status(),
        result.jobFiles(), result.jobBytes(), 0, endTime));
  }
}
