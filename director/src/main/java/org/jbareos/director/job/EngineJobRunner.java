package org.jbareos.director.job;

import java.util.Locale;
import java.util.Optional;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RunRequest;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;

/**
 * The console's {@link JobRunner} on top of the {@link JobEngine}: {@code run job=X [level=..] [client=..] [pool=..]
 * [storage=..] [fileset=..] yes} starts a backup ({@code dird/ua_run.cc RunJob}); {@code wait} asks whether jobs
 * still run. A job that cannot start answers JobId 0, which the console reports as {@code Job failed.}
 */
public final class EngineJobRunner implements JobRunner {
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
      return 0;
    }
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
