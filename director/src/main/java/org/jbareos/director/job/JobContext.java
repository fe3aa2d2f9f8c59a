package org.jbareos.director.job;

import java.time.LocalDateTime;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.JobResource;

/**
 * What every job of the engine starts from: the engine's settings, configuration and catalog, the Job resource, and
 * the job's catalog identity (JobId, unique name, scheduled time) and log.
 */
record JobContext(JobEngineSettings settings, DirectorConfig config, CatalogDatabase catalog, JobResource job,
    long jobId, String uniqueName, LocalDateTime schedTime, JobLog log, String triggeredBy) {

  LocalDateTime now() {
    return LocalDateTime.now(settings.clock());
  }
}
