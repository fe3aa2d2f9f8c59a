package org.jbareos.catalog;

/**
 * One row of {@code Pool}: a Pool resource as the catalog keeps it. {@code numVols} counts the pool's volumes and
 * {@code labelFormat} is the Label Format new volume names are made from ({@code dird/newvol.cc}).
 */
public record PoolRecord(
    long poolId,
    String name,
    int numVols,
    int maxVols,
    int useOnce,
    int useCatalog,
    int acceptAnyVolume,
    long volRetention,
    long volUseDuration,
    int maxVolJobs,
    int maxVolFiles,
    long maxVolBytes,
    int autoPrune,
    int recycle,
    int actionOnPurge,
    String poolType,
    int labelType,
    String labelFormat,
    int enabled,
    long scratchPoolId,
    long recyclePoolId,
    long nextPoolId,
    int minBlockSize,
    int maxBlockSize,
    long migrationHighBytes,
    long migrationLowBytes,
    long migrationTime) {

  static final String COLUMNS =
      "poolid, name, numvols, maxvols, useonce, usecatalog, acceptanyvolume, volretention, voluseduration,"
          + " maxvoljobs, maxvolfiles, maxvolbytes, autoprune, recycle, actiononpurge, pooltype, labeltype,"
          + " labelformat, enabled, scratchpoolid, recyclepoolid, nextpoolid, minblocksize, maxblocksize,"
          + " migrationhighbytes, migrationlowbytes, migrationtime";

  /** A Backup pool with Bareos's defaults for everything but the name, Label Format and volume limits. */
  public static PoolRecord backupPool(String name, String labelFormat, int maxVols, long volRetention) {
    return new PoolRecord(0, name, 0, maxVols, 0, 1, 0, volRetention, 0, 0, 0, 0, 1, 1, 0, "Backup", 0,
        labelFormat, 1, 0, 0, 0, 0, 0, 0, 0, 0);
  }
}
