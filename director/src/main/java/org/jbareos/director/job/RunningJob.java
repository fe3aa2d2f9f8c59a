package org.jbareos.director.job;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A job the engine has queued: its JobId and unique name are known at once ({@code Job queued. JobId=1}); {@link
 * #await()} waits for its end. A job never completes exceptionally: every failure ends it with an error status.
 */
public final class RunningJob {
  private final long jobId;
  private final String job;
  private final CompletableFuture<JobResult> result;

  RunningJob(long jobId, String job, CompletableFuture<JobResult> result) {
    this.jobId = jobId;
    this.job = job;
    this.result = result;
  }

  public long jobId() {
    return jobId;
  }

  /** The unique job name, e.g. {@code backup-bareos-fd.2026-11-22_02.09.08_03}. */
  public String job() {
    return job;
  }

  public boolean isDone() {
    return result.isDone();
  }

  /** Waits for the job's end. */
  public JobResult await() throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("job " + job + " ended without a result", e.getCause());
    }
  }

  /** Waits at most {@code timeout} for the job's end. */
  public JobResult await(Duration timeout) throws InterruptedException, TimeoutException {
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("job " + job + " ended without a result", e.getCause());
    }
  }

  /** The result as a future, for callers that chain on it. */
  public CompletableFuture<JobResult> result() {
    return result.copy();
  }
}
