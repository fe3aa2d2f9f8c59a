package org.jbareos.director.job;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.JobResource;
import org.jbareos.protocol.JobType;

/**
 * {@code Run On Incoming Connect Interval} ({@code dird/run_on_incoming_connect_interval.cc}): when a Client dials in
 * (PROTOCOL.md §9), each Backup Job of that Client with a non-zero interval starts if it never ran for the Client or
 * its latest run that ended well or still runs started longer ago than the interval ({@code
 * FindLastJobStartTimeForJobAndClient}). The summary says {@code Job triggered by: Client}.
 *
 * <pre>{@code
 * pool.whenClientConnects(new RunOnIncomingConnect(config, catalog, engine, clock)::clientConnected);
 * }</pre>
 */
public final class RunOnIncomingConnect {
  private static final System.Logger LOG = System.getLogger(RunOnIncomingConnect.class.getName());
  static final String TRIGGERED_BY = "Client";

  private final DirectorConfig config;
  private final CatalogDatabase catalog;
  private final JobEngine engine;
  private final Clock clock;
  /** The jobs this started that have not ended: the catalog knows their Client only once they run. */
  private final Map<String, RunningJob> started = new ConcurrentHashMap<>();

  public RunOnIncomingConnect(DirectorConfig config, CatalogDatabase catalog, JobEngine engine, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Starts the jobs of {@code clientName} whose interval has passed; a job that cannot start is logged. */
  public void clientConnected(String clientName) {
    for (JobResource job : config.jobs()) {
      Duration interval = job.runOnIncomingConnectInterval();
      if (interval == null || interval.isZero() || !clientName.equals(job.client())) {
        continue;
      }
      if (!JobType.BACKUP.meaning().equalsIgnoreCase(job.type())) {
        LOG.log(Level.WARNING, () -> "Job \"" + job.name() + "\" has Run On Incoming Connect Interval, but only"
            + " Backup jobs start on an incoming connection; it is a " + job.type() + " job.");
        continue;
      }
      RunningJob earlier = started.get(job.name());
      if (earlier != null && !earlier.isDone()) {
        continue;
      }
      Optional<LocalDateTime> last;
      try {
        last = catalog.jobs().findLastStartForJobAndClient(job.name(), clientName);
      } catch (RuntimeException e) {
        // Bareos skips the job when the catalog cannot tell (FindLastJobStart returns -1)
        LOG.log(Level.WARNING, "Run On Incoming Connect Interval of Job \"" + job.name() + "\" skipped: the"
            + " catalog could not tell its last start: " + e.getMessage());
        continue;
      }
      LocalDateTime now = LocalDateTime.now(clock);
      // whole seconds, as Bareos compares time_t values
      if (last.isPresent() && Duration.between(last.get(), now).toSeconds() <= interval.toSeconds()) {
        continue;
      }
      start(job, clientName, interval, last);
    }
  }

  private void start(JobResource job, String clientName, Duration interval, Optional<LocalDateTime> last) {
    try {
      RunningJob running = engine.start(new JobRequest.Backup(job.name(), Optional.empty(), ResourceOverrides.NONE,
          TRIGGERED_BY));
      started.put(job.name(), running);
      LOG.log(Level.INFO, () -> "Client \"" + clientName + "\" connected: started Job \"" + job.name() + "\" (JobId "
          + running.jobId() + "), Run On Incoming Connect Interval " + interval.toSeconds() + " s, last run "
          + last.map(LocalDateTime::toString).orElse("never"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Client \"" + clientName + "\" connected, but Job \"" + job.name()
          + "\" could not start: " + e.getMessage());
    }
  }
}
