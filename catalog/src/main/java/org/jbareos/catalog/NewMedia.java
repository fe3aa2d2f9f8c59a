package org.jbareos.catalog;

import java.util.Objects;

/**
 * A volume to add to the catalog ({@code label} or an automatically named new volume). {@link #fromPool} takes the
 * pool's defaults the way Bareos's {@code SetPoolDbrDefaultsInMediaDbr} does.
 */
public record NewMedia(
    String volumeName,
    long poolId,
    String mediaType,
    long mediaTypeId,
    String volStatus,
    long slot,
    int inChanger,
    long storageId,
    int labelType,
    int recycle,
    int actionOnPurge,
    long volRetention,
    long volUseDuration,
    long maxVolJobs,
    long maxVolFiles,
    long maxVolBytes,
    long minBlockSize,
    long maxBlockSize,
    long scratchPoolId,
    long recyclePoolId,
    int enabled) {
  public NewMedia {
    Objects.requireNonNull(volumeName, "volumeName");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(volStatus, "volStatus");
  }

  /** A volume of {@code pool} with the pool's retention, limits and recycling settings. */
  public static NewMedia fromPool(PoolRecord pool, String volumeName, String mediaType, String volStatus, long storageId) {
    return new NewMedia(volumeName, pool.poolId(), mediaType, 0, volStatus, 0, 0, storageId, pool.labelType(),
        pool.recycle(), pool.actionOnPurge(), pool.volRetention(), pool.volUseDuration(), pool.maxVolJobs(),
        pool.maxVolFiles(), pool.maxVolBytes(), pool.minBlockSize(), pool.maxBlockSize(), pool.scratchPoolId(),
        pool.recyclePoolId(), 1);
  }
}
