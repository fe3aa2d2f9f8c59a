package org.jbareos.director.console;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code run job=<name> ... yes} ({@code dird/ua_run.cc}): hands the job to the {@link JobRunner}. A JobId comes
 * back as {@code Job queued. JobId=N} ({@code {"run":{"jobid":"N"}}}); a job that cannot start gives {@code Job
 * failed.} as an error and the command fails ({@code DoRunCmd} returns the JobId, 0), as {@code RunJob} returning 0
 * does in Bareos. Without {@code yes}, or without a known job, the job is not run ({@code Job not run.}): jbareos
 * does not ask interactively ({@code select_job_resource}, the confirmation prompt), as Bareos in API 2 batch mode.
 */
final class RunCommand implements ConsoleCommand {

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    Optional<String> jobName = line.valueOf("job");
    if (jobName.isEmpty()) {
      out.send("A job name must be specified.\n");
      out.send("Job not run.\n");
      return false;
    }
    if (session.director().config().job(jobName.get()).isEmpty()) {
      out.send("Job \"%s\" not found\n", jobName.get());
      out.send("Job not run.\n");
      return false;
    }
    if (line.find("yes") < 0) {
      out.send("Job not run.\n");
      return false;
    }
    session.openCatalog(line, false);
    long jobId = session.director().jobRunner().run(RunRequest.of(jobName.get(), line));
    if (jobId == 0) {
      out.error("Job failed.\n");
      return false;
    }
    out.objectStart("run");
    out.keyValue("jobid", Long.toString(jobId), "Job queued. JobId=" + jobId + "\n");
    out.objectEnd();
    return true;
  }
}
