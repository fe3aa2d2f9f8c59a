package org.jbareos.director;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Director's memory of finished jobs: the recent job results ({@code RecentJobResultsList}, at most {@value
 * #MAX_RECENT} kept, oldest first) and the number of jobs run since the daemon started ({@code NumJobsRun}), both
 * shown by {@code status director}. The job engine reports every job that ends with {@link #jobFinished}.
 */
public final class RecentJobs {
  /** {@code max_last_jobs}: how many results Bareos keeps. */
  public static final int MAX_RECENT = 10;

  private final List<TerminatedJob> recent = new ArrayList<>();
  private final AtomicLong jobsRun = new AtomicLong();

  /** A job ended: it counts as run and becomes the newest result. */
  public synchronized void jobFinished(TerminatedJob job) {
    jobsRun.incrementAndGet();
    recent.add(job);
    while (recent.size() > MAX_RECENT) {
      recent.removeFirst();
    }
  }

  /**
   * Results of jobs an earlier run of the Director finished (Bareos reads them from its state file at start): they
   * are listed, but do not count as run by this daemon ({@code Jobs: run=0} after a restart, client-initiated.txt).
   */
  public synchronized void restore(List<TerminatedJob> earlier) {
    recent.addAll(earlier);
    while (recent.size() > MAX_RECENT) {
      recent.removeFirst();
    }
  }

  /** Oldest first. */
  public synchronized List<TerminatedJob> recent() {
    return List.copyOf(recent);
  }

  public long jobsRun() {
    return jobsRun.get();
  }
}
