package org.jbareos.catalog;

import java.util.List;
import java.util.Optional;

/** The {@code Pool} table. */
public final class PoolRepository {
  private final CatalogTransactions tx;

  PoolRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** Inserts a pool ({@code poolId} of the argument is ignored) and returns it with its PoolId. */
  public PoolRecord create(PoolRecord pool) {
    return tx.inTransaction(
        h ->
            h.createQuery(
                    "INSERT INTO pool (name, numvols, maxvols, useonce, usecatalog, acceptanyvolume, volretention,"
                        + " voluseduration, maxvoljobs, maxvolfiles, maxvolbytes, autoprune, recycle, actiononpurge,"
                        + " pooltype, labeltype, labelformat, enabled, scratchpoolid, recyclepoolid, nextpoolid,"
                        + " minblocksize, maxblocksize, migrationhighbytes, migrationlowbytes, migrationtime)"
                        + " VALUES (:name, :numVols, :maxVols, :useOnce, :useCatalog, :acceptAnyVolume,"
                        + " :volRetention, :volUseDuration, :maxVolJobs, :maxVolFiles, :maxVolBytes, :autoPrune,"
                        + " :recycle, :actionOnPurge, :poolType, :labelType, :labelFormat, :enabled,"
                        + " :scratchPoolId, :recyclePoolId, :nextPoolId, :minBlockSize, :maxBlockSize,"
                        + " :migrationHighBytes, :migrationLowBytes, :migrationTime) RETURNING " + PoolRecord.COLUMNS)
                .bindMethods(pool)
                .mapTo(PoolRecord.class)
                .one());
  }

  /**
   * The pool's row, inserted from {@code pool} when there is none (Bareos's {@code GetOrCreatePoolRecord}); jobs
   * that start together get the same row.
   */
  public PoolRecord findOrCreate(PoolRecord pool) {
    return tx.inTransaction(
        h -> {
          NameLock.lock(h, "pool", pool.name());
          return findByName(pool.name()).orElseGet(() -> create(pool));
        });
  }

  public Optional<PoolRecord> findByName(String name) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + PoolRecord.COLUMNS + " FROM pool WHERE name = :name ORDER BY poolid LIMIT 1")
                .bind("name", name)
                .mapTo(PoolRecord.class)
                .findOne());
  }

  public Optional<PoolRecord> findById(long poolId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + PoolRecord.COLUMNS + " FROM pool WHERE poolid = :id")
                .bind("id", poolId)
                .mapTo(PoolRecord.class)
                .findOne());
  }

  public List<PoolRecord> list() {
    return tx.inTransaction(
        h -> h.createQuery("SELECT " + PoolRecord.COLUMNS + " FROM pool ORDER BY poolid").mapTo(PoolRecord.class).list());
  }

  /**
   * Recounts the pool's volumes into {@code NumVols}, as Bareos's {@code UpdatePoolRecord} does
   * ({@code SELECT count(*) FROM Media WHERE PoolId=...}), and returns the new count.
   */
  public int updateNumVols(long poolId) {
    return tx.inTransaction(
        h ->
            h.createQuery(
                    "UPDATE pool SET numvols = (SELECT count(*) FROM media WHERE media.poolid = pool.poolid)"
                        + " WHERE poolid = :id RETURNING numvols")
                .bind("id", poolId)
                .mapTo(Integer.class)
                .findOne()
                .orElseThrow(() -> new IllegalArgumentException("no pool with PoolId " + poolId)));
  }
}
