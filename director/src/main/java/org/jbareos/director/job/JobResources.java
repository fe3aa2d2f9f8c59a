package org.jbareos.director.job;

import java.util.Optional;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.FileSetResource;
import org.jbareos.config.dir.JobResource;
import org.jbareos.config.dir.PoolResource;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.protocol.JobLevel;

/**
 * The resources one job runs with, looked up by name from the Job resource as Bareos's {@code SetJcrDefaults} and
 * {@code ApplyPoolOverrides} do ({@code dird/job.cc}): Client, FileSet, the first Storage (of the Job, else of the
 * Pool) and the Pool, which the level may override ({@code Full/Incremental/Differential Backup Pool}); a {@code run}
 * command's own Client, Pool, Storage or FileSet ({@link ResourceOverrides}) wins.
 *
 * @param poolSource where the pool came from, for the summary ({@code Job resource}, {@code Job FullPool override})
 * @param storageSource where the storage came from ({@code Job resource} or {@code Pool resource})
 */
public record JobResources(
    JobResource job,
    ClientResource client,
    FileSetResource fileSet,
    StorageResource storage,
    PoolResource pool,
    String poolSource,
    String storageSource) {

  /**
   * Resolves the resources of {@code job} for a run at {@code level}.
   *
   * @throws JobFailure when a resource the job names is not in the configuration
   */
  public static JobResources resolve(DirectorConfig config, JobResource job, JobLevel level,
      ResourceOverrides overrides) throws JobFailure {
    String clientName = overrides.client().orElse(job.client());
    String fileSetName = overrides.fileSet().orElse(job.fileSet());
    ClientResource client = required(config.client(clientName), "Client", clientName, job);
    FileSetResource fileSet = required(config.fileSet(fileSetName), "FileSet", fileSetName, job);
    String poolName = job.pool();
    String poolSource = "Job resource";
    String override = switch (level) {
      case FULL -> job.fullBackupPool();
      case INCREMENTAL -> job.incrementalBackupPool();
      case DIFFERENTIAL -> job.differentialBackupPool();
      default -> null;
    };
    if (overrides.pool().isPresent()) {
      override = null;
      poolName = overrides.pool().get();
      poolSource = "Command input";
    } else if (override != null) {
      poolName = override;
      poolSource = "Job " + switch (level) {
        case FULL -> "Full";
        case INCREMENTAL -> "Inc";
        default -> "Diff";
      } + "Pool override";
    }
    PoolResource pool = required(config.pool(poolName), "Pool", poolName, job);
    String storageName;
    String storageSource;
    if (!job.storage().isEmpty()) {
      storageName = job.storage().getFirst();
      storageSource = "Job resource";
    } else if (!pool.storage().isEmpty()) {
      storageName = pool.storage().getFirst();
      storageSource = "Pool resource";
    } else {
      throw JobFailure.fatal("No Storage specification found in Job or Pool.");
    }
    if (override != null && !pool.storage().isEmpty()) {
      storageName = pool.storage().getFirst();
      storageSource = "Pool resource";
    }
    if (overrides.storage().isPresent()) {
      storageName = overrides.storage().get();
      storageSource = "Command input";
    }
    StorageResource storage = required(config.storage(storageName), "Storage", storageName, job);
    return new JobResources(job, client, fileSet, storage, pool, poolSource, storageSource);
  }

  private static <T> T required(Optional<T> found, String type, String name, JobResource job) throws JobFailure {
    return found.orElseThrow(
        () -> JobFailure.fatal(type + " resource \"" + name + "\" of Job \"" + job.name() + "\" not found."));
  }
}
