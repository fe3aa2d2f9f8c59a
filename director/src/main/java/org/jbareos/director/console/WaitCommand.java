package org.jbareos.director.console;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Optional;
import org.jbareos.catalog.JobRecord;
import org.jbareos.protocol.JobStatus;

/**
 * {@code wait} and {@code wait jobid=N} ({@code wait_cmd}): waits until no job (or that job) runs; for a job, then
 * answers {@code JobId=N\nJobStatus=<text> (<code>)\n} with {@code ExitStatus} 0 (OK), 1 (non-fatal error), 2
 * (critical) or 3 (unknown) in JSON.
 */
final class WaitCommand implements ConsoleCommand {
  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    JobRunner runner = session.director().jobRunner();
    if (line.size() == 1) {
      await(runner::awaitIdle);
      return true;
    }
    long jobId = line.valueOf("jobid").map(WaitCommand::parseId).orElse(0L);
    if (jobId == 0) {
      session.output().error("ERR: Job was not found\n");
      return true;
    }
    await(() -> runner.awaitEnd(jobId));
    session.openCatalog(line, false);
    Optional<JobStatus> status = session.director().catalog().jobs().findById(jobId).map(JobRecord::jobStatus)
        .or(() -> runner.finalStatus(jobId));
    char code = status.map(JobStatus::code).orElse('?');
    String meaning = status.map(JobStatus::meaning).orElse("Unknown term code");
    int exit = switch (code) {
      case 'e' -> 1;
      case 'f', 'E', 'A' -> 2;
      case 'W', 'T' -> 0;
      default -> 3;
    };
    ConsoleOutput out = session.output();
    out.objectStart("Job");
    out.keyValue("JobId", jobId, "JobId=" + jobId + "\n");
    out.keyValue("JobStatusLong", meaning, "JobStatus=" + meaning + " ");
    out.keyValue("JobStatus", String.valueOf(code), "(" + code + ")\n");
    out.keyValue("ExitStatus", exit, null);
    out.objectEnd();
    return true;
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Blocks in the runner, which wakes up at the job's end (no polling here). */
  private static void await(Blocking wait) throws InterruptedIOException {
    try {
      wait.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("wait interrupted");
    }
  }

  private interface Blocking {
    void run() throws InterruptedException;
  }
}
