package org.jbareos.config.dir;

import java.time.Duration;
import java.util.List;
import org.jbareos.config.schema.Resource;

/**
 * A Pool. Unset limits are null (Bareos: 0 = no limit); {@code labelFormat} is the prefix or
 * variable expression for automatic labelling ("Full-" gives Full-0001).
 */
public record PoolResource(String name, String poolType, String labelFormat,
    Integer maximumVolumes, Integer maximumVolumeJobs, Integer maximumVolumeFiles,
    Long maximumVolumeBytes, Duration volumeRetention, Duration volumeUseDuration,
    boolean recycle, boolean autoPrune, boolean useCatalog, List<String> storage, String nextPool,
    String recyclePool, String scratchPool, String catalog, String cleaningPrefix,
    Resource resource) {

  public static PoolResource of(Resource r) {
    return new PoolResource(r.name(), r.get(PoolDirectives.POOL_TYPE),
        r.get(PoolDirectives.LABEL_FORMAT), r.get(PoolDirectives.MAXIMUM_VOLUMES),
        r.get(PoolDirectives.MAXIMUM_VOLUME_JOBS), r.get(PoolDirectives.MAXIMUM_VOLUME_FILES),
        r.get(PoolDirectives.MAXIMUM_VOLUME_BYTES), r.get(PoolDirectives.VOLUME_RETENTION),
        r.get(PoolDirectives.VOLUME_USE_DURATION), r.get(PoolDirectives.RECYCLE),
        r.get(PoolDirectives.AUTO_PRUNE), r.get(PoolDirectives.USE_CATALOG),
        r.find(PoolDirectives.STORAGE).orElse(List.of()), r.get(PoolDirectives.NEXT_POOL),
        r.get(PoolDirectives.RECYCLE_POOL), r.get(PoolDirectives.SCRATCH_POOL),
        r.get(PoolDirectives.CATALOG), r.get(PoolDirectives.CLEANING_PREFIX), r);
  }
}
