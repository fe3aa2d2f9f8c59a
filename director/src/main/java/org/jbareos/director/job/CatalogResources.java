package org.jbareos.director.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.ClientRecord;
import org.jbareos.catalog.FileSetRecord;
import org.jbareos.catalog.PoolRecord;
import org.jbareos.config.dir.PoolResource;

/**
 * The catalog rows a job refers to, found or created from the configuration the way Bareos does before a job starts
 * ({@code dird/job.cc GetOrCreateClientRecord}, {@code GetOrCreateFilesetRecord}; pools and storages are created from
 * their resources, {@code dird/dird.cc CreatePool}, {@code ua_cmds.cc CreatePool}).
 *
 * @param fileSetCreateTime when this version of the FileSet entered the catalog (the summary prints it)
 */
public record CatalogResources(
    long clientId, String clientUname, long fileSetId, LocalDateTime fileSetCreateTime, long poolId,
    long storageId) {

  /** Bareos's default File Retention (60 days) and Job Retention (180 days) of a Client resource. */
  private static final long FILE_RETENTION = Duration.ofDays(60).toSeconds();
  private static final long JOB_RETENTION = Duration.ofDays(180).toSeconds();

  static CatalogResources of(CatalogDatabase catalog, JobResources resources, FileSetWire fileSet, LocalDateTime now) {
    ClientRecord client = client(catalog, resources.client().name());
    FileSetRecord fs = catalog.fileSets().findOrCreate(fileSet.name(), fileSet.md5(), fileSet.text(), now);
    long poolId = pool(catalog, resources.pool()).poolId();
    long storageId = catalog.storages().findOrCreate(resources.storage().name(), resources.storage().autochanger())
        .storageId();
    return new CatalogResources(client.clientId(), client.uname(), fs.fileSetId(), fs.createTime(), poolId,
        storageId);
  }

  /** The client's row, created on first use. */
  public static ClientRecord client(CatalogDatabase catalog, String name) {
    return catalog.clients().findOrCreate(name, "", false, FILE_RETENTION, JOB_RETENTION);
  }

  /** The pool's row, created from the resource on first use. */
  public static PoolRecord pool(CatalogDatabase catalog, PoolResource pool) {
    return catalog.pools().findOrCreate(record(pool));
  }

  private static PoolRecord record(PoolResource p) {
    return new PoolRecord(0, p.name(), 0, orZero(p.maximumVolumes()), 0, p.useCatalog() ? 1 : 0, 0,
        seconds(p.volumeRetention()), seconds(p.volumeUseDuration()), orZero(p.maximumVolumeJobs()),
        orZero(p.maximumVolumeFiles()), p.maximumVolumeBytes() == null ? 0 : p.maximumVolumeBytes(),
        p.autoPrune() ? 1 : 0, p.recycle() ? 1 : 0, 0, p.poolType() == null ? "Backup" : p.poolType(), 0,
        p.labelFormat() == null ? "*" : p.labelFormat(), 1, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static long seconds(Duration duration) {
    return duration == null ? 0 : duration.toSeconds();
  }
}
