package org.jbareos.director.console;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jbareos.director.ConsoleMessages;
import org.jbareos.director.RecentJobs;
import org.jbareos.protocol.JobStatus;

/**
 * What the console needs from the job engine ({@code org.jbareos.director.job}): start a job ({@code RunJob}) and
 * wait for one ({@code wait jobid=N}). The console server calls it; the engine implements it.
 */
public interface JobRunner {

  /**
   * Queues the job ({@code RunJob}).
   *
   * @return the new JobId, or 0 when the job could not start; the console then answers {@code Job failed.}
   */
  long run(RunRequest request);

  /**
   * Queues a restore ({@code restore ... yes}, which Bareos submits as a {@code run} of the Restore Job). A runner
   * that cannot restore starts nothing and answers 0, as a job that cannot start.
   *
   * @return the new JobId, or 0 when the restore could not start; the console then answers {@code Job failed.}
   */
  default long restore(RestoreRequest request) {
    return 0;
  }

  /**
   * Tells the runner where the Director keeps console messages and finished jobs, so that a job's messages reach
   * {@code messages} and its end {@code status director}. The console server calls it once, when the daemon
   * starts; a runner that does not run real jobs has nothing to report.
   */
  default void reportTo(ConsoleMessages messages, RecentJobs recentJobs) {}

  /** Whether the job is still running (known to the engine and not ended). */
  boolean isRunning(long jobId);

  /** Whether any job is running ({@code wait} without arguments waits until none is). */
  boolean anyRunning();

  /**
   * Blocks until the job is no longer running ({@code wait jobid=N}). The engine's runner wakes up at the job's end;
   * this default, for runners that cannot signal an end, asks {@link #isRunning} every {@link #POLL_INTERVAL}.
   */
  default void awaitEnd(long jobId) throws InterruptedException {
    while (isRunning(jobId)) {
      Thread.sleep(POLL_INTERVAL);
    }
  }

  /** Blocks until no job runs ({@code wait}); the default polls {@link #anyRunning} as {@link #awaitEnd} does. */
  default void awaitIdle() throws InterruptedException {
    while (anyRunning()) {
      Thread.sleep(POLL_INTERVAL);
    }
  }

  /** How often the default {@link #awaitEnd} and {@link #awaitIdle} ask. */
  Duration POLL_INTERVAL = Duration.ofMillis(200);

  /** The job's final status once it ended, as the engine knows it. */
  Optional<JobStatus> finalStatus(long jobId);

  /**
   * The jobs running now, for {@code status director}. An engine that does not list them shows none (the
   * interface grew this after the engine's first version).
   */
  default List<RunningJob> runningJobs() {
    return List.of();
  }

  /**
   * A running job that a console canceled: its unique name, the Client whose File Daemon it has connected to (if it
   * has), the Storage whose Storage Daemon it is connected to (if it is), and how to end the job's own connections
   * once those daemons were told.
   */
  record CancelTarget(long jobId, String job, Optional<String> client, Optional<String> storage,
      Runnable terminateConnections) {}

  /**
   * Marks a running job canceled ({@code CancelJob}'s status change); empty when the job is not running. The console
   * then tells the job's daemons and ends its connections.
   */
  default Optional<CancelTarget> cancel(long jobId) {
    return Optional.empty();
  }

  /** How console commands reach the File and Storage Daemons outside a job; none without a job engine. */
  default DaemonControl daemons() {
    return DaemonControl.NONE;
  }

  /**
   * The Director without a job engine: every {@code run} fails as a job that cannot start does in Bareos ({@code
   * RunJob} returns 0), and nothing ever runs.
   */
  JobRunner NONE = new Idle();

  /** A runner that starts nothing ({@link #NONE}); tests extend it to record what they are asked for. */
  class Idle implements JobRunner {
    @Override
    public long run(RunRequest request) {
      return 0;
    }

    @Override
    public boolean isRunning(long jobId) {
      return false;
    }

    @Override
    public boolean anyRunning() {
      return false;
    }

    @Override
    public Optional<JobStatus> finalStatus(long jobId) {
      return Optional.empty();
    }
  }
}
