package org.jbareos.director.job;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.MediaRecord;

/**
 * The volume the SD should write next, for its {@code CatReq FindMedia} (Bareos's {@code FindNextVolumeForAppend},
 * {@code dird/next_vol.cc}): an {@code Append} volume of the pool and media type, else an {@code Unlabeled} one, else
 * a {@code Recycle} one, else a new volume named by the pool's Label Format ({@code dird/newvol.cc}, logged as {@code
 * Created new Volume "Full-0001" in catalog.}). A volume that turns out to be past its limits is closed and the search
 * starts again.
 */
final class NextVolume {
  /** Bareos gives up after 200 rounds ({@code retry++ < 200}). */
  private static final int ROUNDS = 200;

  private final CatalogDatabase catalog;
  private final JobLog log;

  NextVolume(CatalogDatabase catalog, JobLog log) {
    this.catalog = catalog;
    this.log = log;
  }

  Optional<MediaRecord> find(long poolId, String mediaType, long storageId, List<String> unwanted,
      LocalDateTime now) {
    for (int round = 0; round < ROUNDS; round++) {
      Optional<MediaRecord> found = existing(poolId, mediaType, unwanted);
      if (found.isEmpty()) {
        found = catalog.media().createNextVolume(poolId, mediaType, storageId);
        found.ifPresent(mr -> log.info("Created new Volume \"" + mr.volumeName() + "\" in catalog."));
      }
      if (found.isEmpty()) {
        return found;
      }
      Optional<VolumeLimits> limits = VolumeLimits.check(found.get(), now);
      if (limits.isEmpty()) {
        return found;
      }
      log.info(limits.get().message());
      catalog.media().updateStatus(found.get().volumeName(), limits.get().newStatus());
    }
    log.error("We seem to be looping trying to find the next volume. I give up.");
    return Optional.empty();
  }

  private Optional<MediaRecord> existing(long poolId, String mediaType, List<String> unwanted) {
    for (String status : List.of("Append", "Unlabeled", "Recycle")) {
      Optional<MediaRecord> found =
          catalog.media().findNextVolume(poolId, mediaType, status, OptionalLong.empty(), unwanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
