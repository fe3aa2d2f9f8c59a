package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.util.List;

/** The {@code Log} table: the job messages sent to the catalog destination ({@code Catalog = all} in Messages). */
public final class LogRepository {
  private final CatalogTransactions tx;

  LogRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** Appends a message (text as the daemon sent it, e.g. {@code "bareos-sd JobId 1: Wrote label ...\n"}). */
  public LogRecord append(long jobId, LocalDateTime time, String text) {
    return tx.inTransaction(
        h ->
            h.createQuery("INSERT INTO log (jobid, time, logtext) VALUES (:job, :time, :text) RETURNING " + LogRecord.COLUMNS)
                .bind("job", jobId)
                .bind("time", time)
                .bind("text", text)
                .mapTo(LogRecord.class)
                .one());
  }

  /** A job's messages in the order they were logged. */
  public List<LogRecord> listForJob(long jobId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + LogRecord.COLUMNS + " FROM log WHERE jobid = :job ORDER BY time, logid")
                .bind("job", jobId)
                .mapTo(LogRecord.class)
                .list());
  }
}
