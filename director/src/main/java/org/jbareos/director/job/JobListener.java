package org.jbareos.director.job;

import java.time.LocalDateTime;
import org.jbareos.protocol.JobType;

/**
 * Who hears about the engine's jobs besides the catalog: the Director's console message queue (each job message
 * its Messages resource sends to {@code console}) and its list of recent job results ({@code status director}).
 * Called on the job's thread; a listener must not block.
 */
public interface JobListener {

  /** A job message for the console ({@code bareos-dir JobId 3: Start Restore Job ...}), logged at {@code time}. */
  void message(LocalDateTime time, String text);

  /**
   * A job ended; called before the engine stops listing it as running, so whoever waits for its end finds it
   * among the finished jobs.
   */
  void ended(JobType type, JobResult result, LocalDateTime endTime);

  /** Nobody listens. */
  JobListener NONE = new JobListener() {
    @Override
    public void message(LocalDateTime time, String text) {}

    @Override
    public void ended(JobType type, JobResult result, LocalDateTime endTime) {}
  };
}
