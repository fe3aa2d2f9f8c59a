package org.jbareos.filedaemon.daemon;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The jobs this File Daemon runs now, by unique job name ({@code get_jcr_by_full_name}), for {@code cancel Job=} and
 * {@code status}; and the counters of {@code status}'s header.
 */
final class RunningJobs {

  private final ConcurrentMap<String, JobSession> jobs = new ConcurrentHashMap<>();
  private final AtomicLong finished = new AtomicLong();

  void add(JobSession job) {
    jobs.put(job.jobName(), job);
  }

  void remove(JobSession job) {
    if (jobs.remove(job.jobName(), job)) {
      finished.incrementAndGet();
    }
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
