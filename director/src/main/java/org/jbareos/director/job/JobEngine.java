package org.jbareos.director.job;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobEnd;
import org.jbareos.catalog.JobRecord;
import org.jbareos.catalog.NewJob;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.JobResource;
import org.jbareos.config.value.MessageDestination;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;

/**
 * The Director's job engine: {@link #start} creates the job's catalog row (JobId and unique name, {@code Job queued.
 * JobId=1}) and runs the job on its own virtual thread — a {@link BackupJob} or a {@link RestoreJob}, each plain
 * sequential code in the order of the seed diagrams. A job that fails ends with an error status and a clear job log;
 * the engine goes on running the others.
 *
 * <pre>{@code
 * JobEngine engine = new JobEngine(config, catalog, JobEngineSettings.of("bareos-dir"));
 * JobResult result = engine.start(JobRequest.Backup.of("backup-bareos-fd")).await();
 * }</pre>
 */
public final class JobEngine {
  private static final int REMEMBERED = 1000;

  private final DirectorConfig config;
  private final CatalogDatabase catalog;
  private final JobEngineSettings settings;
  private final UniqueJobName names = new UniqueJobName();
  private final ClientHandshakes handshakes = new ClientHandshakes();
  private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
  private final Map<Long, JobResult> finished = new ConcurrentHashMap<>();
  private final MessageFiles messageFiles = new MessageFiles();
  private final DaemonLinks daemonLinks;
  private volatile JobListener listener = JobListener.NONE;

  public JobEngine(DirectorConfig config, CatalogDatabase catalog, JobEngineSettings settings) {
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.daemonLinks = new DaemonLinks(settings, config, handshakes);
  }

  /** Who hears of the jobs' console messages and ends from now on (the Director's console queues). */
  public void listen(JobListener newListener) {
    this.listener = Objects.requireNonNull(newListener, "newListener");
  }

  /**
   * Queues a job and starts it at once.
   *
   * @throws IllegalArgumentException when the Job resource does not exist or is not of the requested kind
   * @throws RuntimeException when the catalog cannot create the job's row (nothing was started)
   */
  public RunningJob start(JobRequest request) {
    JobResource job = config.job(request.jobName())
        .orElseThrow(() -> new IllegalArgumentException("Job \"" + request.jobName() + "\" not found."));
    JobType type = switch (request) {
      case JobRequest.Backup b -> JobType.BACKUP;
      case JobRequest.Restore r -> JobType.RESTORE;
    };
    if (!job.type().equalsIgnoreCase(type.meaning())) {
      throw new IllegalArgumentException("Job \"" + job.name() + "\" is a " + job.type() + " job, not a "
          + type.meaning() + " job.");
    }
    JobLevel level = switch (request) {
      case JobRequest.Backup b -> b.level().orElseGet(() -> levelOf(job));
      case JobRequest.Restore r -> JobLevel.NONE;
    };
    LocalDateTime now = LocalDateTime.now(settings.clock());
    String uniqueName = names.next(job.name(), now);
    JobRecord record = catalog.jobs().create(new NewJob(uniqueName, job.name(), type, level, JobStatus.CREATED, now,
        now.atZone(settings.clock().getZone()).toEpochSecond(), 0, 0, 0, ""));
    JobListener reports = listener;
    JobLog log = new JobLog(catalog, settings.clock(), settings.directorName(), record.jobId(),
        typesOf(job, "catalog"), typesOf(job, "console"), reports, messageFiles, appendsOf(job));
    JobCancellation cancellation = new JobCancellation();
    JobContext context = new JobContext(settings, config, catalog, job, record.jobId(), uniqueName, now, log,
        request.triggeredBy(), handshakes, cancellation);
    CompletableFuture<JobResult> result = new CompletableFuture<>();
    String client = request.overrides().client().orElse(job.client());
    RunningJob handle = new RunningJob(record.jobId(), uniqueName, type, level, Optional.ofNullable(client), now,
        result, cancellation);
    running.put(record.jobId(), handle);
    Thread.ofVirtual().name("job " + uniqueName).start(() -> {
      JobResult ended;
      try {
        ended = switch (request) {
          case JobRequest.Backup b -> new BackupJob(context, level, b.overrides()).run();
          case JobRequest.Restore r -> new RestoreJob(context, r).run();
        };
      } catch (RuntimeException | Error e) {
        ended = crashed(context, level, e);
      }
      // known as finished before anyone waiting on the result wakes up
      remember(ended);
      try {
        reports.ended(type, ended, LocalDateTime.now(settings.clock()));
      } finally {
        // a failing listener goes to the thread's uncaught-exception handler; the job still ends
        running.remove(record.jobId());
        result.complete(ended);
      }
    });
    return handle;
  }

  /**
   * Which message types the job's Messages resource sends to a destination ({@code catalog = ...}, {@code console =
   * all, !skipped, !saved, !audit}).
   */
  private Predicate<String> typesOf(JobResource job, String destination) {
    List<MessageDestination> destinations = job.messages() == null ? List.of()
        : config.messages(job.messages()).map(m -> m.destinations(destination)).orElse(List.of());
    return type -> destinations.stream().anyMatch(d -> d.accepts(type));
  }

  /** The {@code append = "<file>" = <types>} destinations of the job's Messages resource. */
  private List<MessageFiles.Target> appendsOf(JobResource job) {
    List<MessageDestination> destinations = job.messages() == null ? List.of()
        : config.messages(job.messages()).map(m -> m.destinations("append")).orElse(List.of());
    return destinations.stream().filter(d -> d.where() != null)
        .map(d -> new MessageFiles.Target(Path.of(d.where()), d::accepts)).toList();
  }

  /** The daemons as console commands reach them outside a job ({@code status client=}, {@code cancel}). */
  DaemonLinks daemonLinks() {
    return daemonLinks;
  }

  /**
   * Marks a running job canceled ({@code CancelJob}); the caller then tells its daemons and {@linkplain
   * RunningJob#terminateConnections() ends its connections}. Empty when the job is not running.
   */
  public Optional<RunningJob> cancel(long jobId) {
    RunningJob job = running.get(jobId);
    if (job == null || job.isDone()) {
      return Optional.empty();
    }
    job.cancel();
    return Optional.of(job);
  }

  /** The jobs that have not ended yet. */
  public Collection<RunningJob> runningJobs() {
    return List.copyOf(running.values());
  }

  /** Keeps the results of the last {@value #REMEMBERED} jobs, as Bareos keeps a list of the last jobs. */
  private void remember(JobResult ended) {
    finished.put(ended.jobId(), ended);
    while (finished.size() > REMEMBERED) {
      finished.keySet().stream().min(Long::compare).ifPresent(finished::remove);
    }
  }

  /** A job started by this engine that has ended (one of the last {@value #REMEMBERED}). */
  public Optional<JobResult> result(long jobId) {
    return Optional.ofNullable(finished.get(jobId));
  }

  /** A job whose own error handling failed still ends with an error status in the catalog. */
  private JobResult crashed(JobContext context, JobLevel level, Throwable e) {
    context.log().fatal("Job failed unexpectedly: " + e);
    LocalDateTime end = context.now();
    try {
      catalog.jobs().updateEnd(context.jobId(), new JobEnd(JobStatus.FATAL_ERROR, level, end, end, 0, 0, 0, 0, 0, 0,
          0, 0, 0, 0));
    } catch (RuntimeException catalogFailure) {
      context.log().error("Catalog error updating the Job record: " + catalogFailure.getMessage());
    }
    return new JobResult(context.jobId(), context.uniqueName(), JobStatus.FATAL_ERROR, level, 0, 0,
        context.log().lines());
  }

  private static JobLevel levelOf(JobResource job) {
    if (job.level() == null) {
      return JobLevel.INCREMENTAL;
    }
    for (JobLevel level : JobLevel.values()) {
      if (level.meaning().equalsIgnoreCase(job.level())) {
        return level;
      }
    }
    throw new IllegalArgumentException("Job \"" + job.name() + "\" has an unknown Level " + job.level());
  }
}
