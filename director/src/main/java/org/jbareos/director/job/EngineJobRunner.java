package org.jbareos.director.job;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.director.ConsoleMessages;
import org.jbareos.director.RecentJobs;
import org.jbareos.director.console.DaemonControl;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RestoreRequest;
import org.jbareos.director.console.RunRequest;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;

/**
 * The console's {@link JobRunner} on top of the {@link JobEngine}: {@code run job=X [level=..] [client=..] [pool=..]
 * [storage=..] [fileset=..] yes} starts a backup ({@code dird/ua_run.cc RunJob}), {@code restore ... yes} a restore
 * of the console's selection; {@code wait} and {@code status director} ask which jobs still run. A job that cannot
 * start answers JobId 0, which the console reports as {@code Job failed.} Once the console server calls {@link #reportTo},
 * the jobs' console messages and ends go to the daemon's queues.
 */
public final class EngineJobRunner implements JobRunner {
  private static final System.Logger LOG = System.getLogger(EngineJobRunner.class.getName());

  private final JobEngine engine;

  public EngineJobRunner(JobEngine engine) {
    this.engine = engine;
  }

  @Override
  public long run(RunRequest request) {
    Optional<JobLevel> level;
    try {
      level = request.level().map(EngineJobRunner::level);
    } catch (IllegalArgumentException e) {
      return 0;
    }
    ResourceOverrides overrides =
        new ResourceOverrides(request.client(), request.pool(), request.storage(), request.fileSet());
    try {
      return engine.start(new JobRequest.Backup(request.jobName(), level, overrides, "User")).jobId();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Job " + request.jobName() + " could not start: " + e, e);
      return 0;
    }
  }

  @Override
  public long restore(RestoreRequest request) {
    ResourceOverrides overrides =
        new ResourceOverrides(Optional.of(request.client()), Optional.empty(), Optional.empty(), Optional.empty());
    try {
      return engine.start(new JobRequest.Restore(request.jobName(), request.jobIds(), request.files(),
          request.where(), request.replace(), overrides, "User")).jobId();
    } catch (RuntimeException e) {
      // the console only says "Job failed."; the daemon's log says why
      LOG.log(System.Logger.Level.WARNING, "Restore job " + request.jobName() + " could not start: " + e, e);
      return 0;
    }
  }

  @Override
  public void reportTo(ConsoleMessages messages, RecentJobs recentJobs) {
    engine.listen(new ConsoleJobReports(messages, recentJobs));
  }

  @Override
  public List<org.jbareos.director.console.RunningJob> runningJobs() {
    return engine.runningJobs().stream()
        .map(job -> new org.jbareos.director.console.RunningJob(job.jobId(), job.job(), job.type(), job.level(),
            JobStatus.RUNNING, job.client(), Optional.empty(), job.startTime(), 0, 0))
        .toList();
  }

  @Override
  public Optional<CancelTarget> cancel(long jobId) {
    return engine.cancel(jobId).map(job -> new CancelTarget(job.jobId(), job.job(),
        job.hasFileDaemon() ? job.client() : Optional.empty(), job.storage(), job::terminateConnections));
  }

  @Override
  public DaemonControl daemons() {
    return engine.daemonLinks();
  }

  @Override
  public boolean isRunning(long jobId) {
    return engine.runningJobs().stream().anyMatch(job -> job.jobId() == jobId);
  }

  @Override
  public boolean anyRunning() {
    return !engine.runningJobs().isEmpty();
  }

  @Override
  public void awaitEnd(long jobId) throws InterruptedException {
    Optional<RunningJob> job = engine.runningJobs().stream().filter(j -> j.jobId() == jobId).findFirst();
    if (job.isPresent()) {
      job.get().await();
    }
  }

  @Override
  public void awaitIdle() throws InterruptedException {
    Collection<RunningJob> jobs;
    while (!(jobs = engine.runningJobs()).isEmpty()) {
      for (RunningJob job : jobs) {
        job.await();
      }
    }
  }

  @Override
  public Optional<JobStatus> finalStatus(long jobId) {
    return engine.result(jobId).map(JobResult::status);
  }

  /** A level word as the console takes it ({@code Full}, {@code incremental}, {@code Differential}, ...). */
  static JobLevel level(String word) {
    for (JobLevel level : JobLevel.values()) {
      if (level.meaning().toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))) {
        return level;
      }
    }
    throw new IllegalArgumentException("Level \"" + word + "\" not valid.");
  }
}
