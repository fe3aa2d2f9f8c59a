package org.jbareos.director.job;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.protocol.JobLevel;

/** What the console (or the scheduler) asks the job engine to run. */
public sealed interface JobRequest permits JobRequest.Backup, JobRequest.Restore {

  /** The Job resource to run. */
  String jobName();

  /** The resources given instead of the Job resource's. */
  ResourceOverrides overrides();

  /** How the job was started, for the summary's {@code Job triggered by:} line ({@code User}, {@code Scheduler}). */
  String triggeredBy();

  /**
   * {@code run job=<name> [level=<level>] yes}.
   *
   * @param level the level asked for; empty means the Job resource's level
   * @param overrides the Client, Pool, Storage or FileSet given instead of the Job resource's
   */
  record Backup(String jobName, Optional<JobLevel> level, ResourceOverrides overrides, String triggeredBy)
      implements JobRequest {
    public Backup {
      Objects.requireNonNull(jobName, "jobName");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(overrides, "overrides");
      Objects.requireNonNull(triggeredBy, "triggeredBy");
    }

    public static Backup of(String jobName) {
      return new Backup(jobName, Optional.empty(), ResourceOverrides.NONE, "User");
    }

    public static Backup of(String jobName, JobLevel level) {
      return new Backup(jobName, Optional.of(level), ResourceOverrides.NONE, "User");
    }
  }

  /**
   * A restore of selected file versions (the catalog's restore selection) or, with {@code files} empty, of every
   * file of {@code jobIds}.
   *
   * @param where the restore prefix; empty means the Job resource's {@code Where}
   * @param replace {@code a} always, {@code w} if newer, {@code n} never, {@code o} if older; empty means the Job
   *     resource's {@code Replace} (default always)
   */
  record Restore(String jobName, List<Long> jobIds, List<RestoreFile> files, Optional<String> where,
      Optional<Character> replace, ResourceOverrides overrides, String triggeredBy) implements JobRequest {
    public Restore {
      Objects.requireNonNull(jobName, "jobName");
      Objects.requireNonNull(overrides, "overrides");
      jobIds = List.copyOf(jobIds);
      files = List.copyOf(files);
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(replace, "replace");
      Objects.requireNonNull(triggeredBy, "triggeredBy");
    }

    /** The newest version of every file of the given backup jobs, to the Job resource's {@code Where}. */
    public static Restore ofJobs(String jobName, List<Long> jobIds) {
      return new Restore(jobName, jobIds, List.of(), Optional.empty(), Optional.empty(), ResourceOverrides.NONE,
          "User");
    }
  }
}
