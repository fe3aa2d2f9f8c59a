package org.jbareos.filedaemon.daemon;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jbareos.protocol.status.TerminatedJobs;

/**
 * The jobs this File Daemon runs now, by unique job name ({@code get_jcr_by_full_name}), for {@code cancel Job=} and
 * {@code status}; and the counters of {@code status}'s header.
 */
final class RunningJobs {

  private final ConcurrentMap<String, JobSession> jobs = new ConcurrentHashMap<>();
  private final AtomicLong finished = new AtomicLong();
  private final TerminatedJobs terminated = new TerminatedJobs();

  void add(JobSession job) {
    jobs.put(job.jobName(), job);
  }

  /** The job ended at {@code end}: it leaves the running jobs and joins the terminated ones. */
  void remove(JobSession job, LocalDateTime end) {
    if (jobs.remove(job.jobName(), job)) {
      finished.incrementAndGet();
      terminated.add(new TerminatedJobs.Job(job.jobId(), job.jobName(), job.type(),
          StatusReport.level(job.level()), job.jobFiles(), job.jobBytes(), job.status(), end));
    }
  }

  /** The last jobs that ended, for {@code status}. */
  TerminatedJobs terminated() {
    return terminated;
  }

  Optional<JobSession> find(String jobName) {
    return Optional.ofNullable(jobs.get(jobName));
  }

  List<JobSession> all() {
    return List.copyOf(jobs.values());
  }

  long finishedCount() {
    return finished.get();
  }
}
