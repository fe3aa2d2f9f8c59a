package org.jbareos.director.job;

import java.util.List;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.StorageResource;

/**
 * The Storage a restore reads from when the command names none: the one that wrote the first volume of the
 * selected jobs, as Bareos's restore takes it from the Media record ({@code dird/ua_restore.cc
 * FindStorageResource}: the Storage of that name, else one with the volume's Media Type). The Restore Job's own
 * Storage serves only when no resource fits: it may name another device and Media Type than the one the volume
 * was written on (a volume of a second File device is not in the first device's directory).
 */
final class RestoreStorage {

  private RestoreStorage() {}

  static Optional<String> of(CatalogDatabase catalog, DirectorConfig config, List<Long> jobIds) {
    for (long jobId : jobIds.stream().sorted().toList()) {
      for (JobMediaRecord row : catalog.jobMedia().listForJob(jobId)) {
        Optional<MediaRecord> media = catalog.media().findById(row.mediaId());
        if (media.isEmpty()) {
          continue;
        }
        Optional<StorageResource> byRecord = config.storages().stream()
            .filter(s -> catalog.storages().findByName(s.name())
                .map(r -> r.storageId() == media.get().storageId()).orElse(false))
            .findFirst();
        Optional<StorageResource> storage = byRecord.isPresent() ? byRecord : config.storages().stream()
            .filter(s -> s.mediaType().equals(media.get().mediaType())).findFirst();
        return storage.map(StorageResource::name);
      }
    }
    return Optional.empty();
  }
}
