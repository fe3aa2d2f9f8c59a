package org.jbareos.catalog;

import java.util.List;

/** The {@code JobMedia} table, written on the SD's {@code CatReq CreateJobMedia}. */
public final class JobMediaRepository {
  private final CatalogTransactions tx;

  JobMediaRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /**
   * The SD's {@code CatReq Job=%s CreateJobMedia FirstIndex=%u LastIndex=%u StartFile=%u EndFile=%u StartBlock=%u
   * EndBlock=%u Copy=%d Strip=%d MediaId=%s} (PROTOCOL.md §6.2). As Bareos's {@code CreateJobmediaRecord}: VolIndex is
   * the job's count of JobMedia rows plus one, and the volume's EndFile/EndBlock move to the end of this range.
   */
  public JobMediaRecord create(
      long jobId, long mediaId, long firstIndex, long lastIndex, long startFile, long endFile, long startBlock,
      long endBlock, long jobBytes) {
    return tx.inTransaction(
        h -> {
          int volIndex =
              h.createQuery("SELECT count(*) FROM jobmedia WHERE jobid = :job").bind("job", jobId).mapTo(Integer.class).one()
                  + 1;
          JobMediaRecord created =
              h.createQuery(
                      "INSERT INTO jobmedia (jobid, mediaid, firstindex, lastindex, startfile, endfile, startblock,"
                          + " endblock, volindex, jobbytes) VALUES (:job, :media, :first, :last, :startFile, :endFile,"
                          + " :startBlock, :endBlock, :volIndex, :bytes) RETURNING " + JobMediaRecord.COLUMNS)
                  .bind("job", jobId)
                  .bind("media", mediaId)
                  .bind("first", firstIndex)
                  .bind("last", lastIndex)
                  .bind("startFile", startFile)
                  .bind("endFile", endFile)
                  .bind("startBlock", startBlock)
                  .bind("endBlock", endBlock)
                  .bind("volIndex", volIndex)
                  .bind("bytes", jobBytes)
                  .mapTo(JobMediaRecord.class)
                  .one();
          h.createUpdate("UPDATE media SET endfile = :endFile, endblock = :endBlock WHERE mediaid = :media")
              .bind("endFile", endFile)
              .bind("endBlock", endBlock)
              .bind("media", mediaId)
              .execute();
          return created;
        });
  }

  /** A job's JobMedia rows in the order they were written. */
  public List<JobMediaRecord> listForJob(long jobId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + JobMediaRecord.COLUMNS + " FROM jobmedia WHERE jobid = :job ORDER BY jobmediaid")
                .bind("job", jobId)
                .mapTo(JobMediaRecord.class)
                .list());
  }

  /** The SD's {@code DeleteNullJobmediaRecords}: rows of the job that cover no file (FirstIndex and LastIndex 0). */
  public int deleteNullRecords(long jobId) {
    return tx.inTransaction(
        h ->
            h.createUpdate("DELETE FROM jobmedia WHERE jobid = :job AND firstindex = 0 AND lastindex = 0")
                .bind("job", jobId)
                .execute());
  }
}
