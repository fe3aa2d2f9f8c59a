package org.jbareos.director.job;

import java.time.LocalDateTime;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.JobResource;

/**
 * What every job of the engine starts from: the engine's settings, configuration and catalog, the Job resource, and
 * the job's catalog identity (JobId, unique name, scheduled time) and log, the Clients the engine has shaken hands
 * with, and the job's cancel state.
 */
record JobContext(JobEngineSettings settings, DirectorConfig config, CatalogDatabase catalog, JobResource job,
    long jobId, String uniqueName, LocalDateTime schedTime, JobLog log, String triggeredBy,
    ClientHandshakes handshakes, JobCancellation cancellation) {

  /** A job that has not shaken hands with any Client yet (a job run on its own, outside an engine). */
  JobContext(JobEngineSettings settings, DirectorConfig config, CatalogDatabase catalog, JobResource job,
      long jobId, String uniqueName, LocalDateTime schedTime, JobLog log, String triggeredBy) {
    this(settings, config, catalog, job, jobId, uniqueName, schedTime, log, triggeredBy, new ClientHandshakes(),
        new JobCancellation());
  }

  LocalDateTime now() {
    return LocalDateTime.now(settings.clock());
  }
}
