package org.jbareos.protocol.status;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * A daemon's list of the last jobs that ended ({@code lib/recent_job_results_list.cc}, at most {@value #KEPT}) and
 * its {@code Terminated Jobs:} table as the FD and SD print it ({@code ListTerminatedJobs}):
 *
 * <pre>
 * (blank line)Terminated Jobs:
 *  JobId  Level    Files      Bytes   Status   Finished        Name
 * ======================================================================
 *      1  Full           4    1.1 K  OK       22-Nov-26 02:09 backup-bareos-fd
 * ====
 * </pre>
 *
 * The rule under the head is 70 {@code =} in the FD and 67 in the SD; only the SD knows the status text {@code OK
 * -- with warnings}. With no job the head is left out and {@code ====} follows the title at once.
 */
public final class TerminatedJobs {
  /** {@code RecentJobResultsList} keeps the last 10 jobs by default ({@code max_count}). */
  public static final int KEPT = 10;

  /** One ended job. */
  public record Job(long jobId, String uniqueName, JobType type, JobLevel level, long files, long bytes,
      JobStatus status, LocalDateTime end) {
    public Job {
      Objects.requireNonNull(uniqueName, "uniqueName");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(end, "end");
    }
  }

  private final Deque<Job> jobs = new ArrayDeque<>();

  /** Remembers an ended job, dropping the oldest beyond {@value #KEPT}. */
  public synchronized void add(Job job) {
    jobs.addLast(job);
    while (jobs.size() > KEPT) {
      jobs.removeFirst();
    }
  }

  /** The remembered jobs, oldest first. */
  public synchronized List<Job> all() {
    return List.copyOf(jobs);
  }

  /**
   * The table's frames in the order the daemon sends them.
   *
   * @param ruleLength 70 (FD) or 67 (SD)
   * @param warningsText whether {@code W} shows as {@code OK -- with warnings} (SD) rather than {@code Other} (FD)
   */
  public List<String> table(int ruleLength, boolean warningsText) {
    List<Job> ended = all();
    if (ended.isEmpty()) {
      return List.of("\nTerminated Jobs:\n", "====\n");
    }
    List<String> frames = new java.util.ArrayList<>();
    frames.add("\nTerminated Jobs:\n");
    frames.add(" JobId  Level    Files      Bytes   Status   Finished        Name \n");
    frames.add("=".repeat(ruleLength) + "\n");
    for (Job job : ended) {
      frames.add(String.format(Locale.ROOT, "%6d  %-6s %8s %10s  %-7s  %-8s %s\n", job.jobId(), level(job),
          StatusText.withCommas(job.files()), StatusText.withSuffix(job.bytes()), status(job.status(), warningsText),
          StatusText.shortTime(job.end()), StatusText.jobNameBase(job.uniqueName())));
    }
    frames.add("====\n");
    return frames;
  }

  private static String level(Job job) {
    if (job.type() == JobType.ADMIN || job.type() == JobType.RESTORE) {
      return "    ";
    }
    String name = StatusText.levelName(job.level());
    return name.length() > 4 ? name.substring(0, 4) : name;
  }

  private static String status(JobStatus status, boolean warningsText) {
    return switch (status) {
      case CREATED -> "Created";
      case FATAL_ERROR, ERROR_TERMINATED -> "Error";
      case DIFFERENCES -> "Diffs";
      case CANCELED -> "Cancel";
      case TERMINATED -> "OK";
      case WARNINGS -> warningsText ? "OK -- with warnings" : "Other";
      default -> "Other";
    };
  }
}
