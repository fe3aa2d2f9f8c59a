package org.jbareos.director.job;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobType;

/**
 * A job the engine has queued: its JobId and unique name are known at once ({@code Job queued. JobId=1}); {@link
 * #await()} waits for its end. A job never completes exceptionally: every failure ends it with an error status.
 */
public final class RunningJob {
  private final long jobId;
  private final String job;
  private final JobType type;
  private final JobLevel level;
  private final Optional<String> client;
  private final LocalDateTime startTime;
  private final CompletableFuture<JobResult> result;
  private final JobCancellation cancellation;

  RunningJob(long jobId, String job, JobType type, JobLevel level, Optional<String> client, LocalDateTime startTime,
      CompletableFuture<JobResult> result, JobCancellation cancellation) {
    this.cancellation = cancellation;
    this.jobId = jobId;
    this.job = job;
    this.type = type;
    this.level = level;
    this.client = client;
    this.startTime = startTime;
    this.result = result;
  }

  public JobType type() {
    return type;
  }

  public JobLevel level() {
    return level;
  }

  /** The Client resource the job runs for, if it has one. */
  public Optional<String> client() {
    return client;
  }

  /** When the engine queued it, Director local time. */
  public LocalDateTime startTime() {
    return startTime;
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

  void cancel() {
    cancellation.cancel();
  }

  /** Whether the job has connected to its File Daemon (which must then be told of a cancel). */
  public boolean hasFileDaemon() {
    return cancellation.hasFileDaemon();
  }

  /** The Storage resource whose Storage Daemon the job is connected to, if any. */
  public Optional<String> storage() {
    return cancellation.storage();
  }

  /** Ends the job's own connections to its daemons, after a cancel was sent to them. */
  public void terminateConnections() {
    cancellation.terminateConnections();
  }

  /** The result as a future, for callers that chain on it. */
  public CompletableFuture<JobResult> result() {
    return result.copy();
  }
}
