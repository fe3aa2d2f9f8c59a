package org.jbareos.catalog;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A batch insert of file records, the way Bareos's PostgreSQL batch does it ({@code cats/postgresql.cc},
 * {@code cats/sql_create.cc:WriteBatchFileRecords}): rows stream with {@code COPY batch FROM STDIN} into a temporary
 * {@code batch} table; at the end the new directories go into {@code Path} (under {@code LOCK TABLE Path IN SHARE ROW
 * EXCLUSIVE MODE}, so concurrent jobs do not insert the same path twice) and the rows into {@code File} joined to
 * their PathId.
 *
 * <p>The whole batch is one transaction on one connection, held from the first {@link #add} to {@link #commit}:
 * a job whose batch fails or is {@linkplain #close() closed} without commit leaves no file rows. Not thread-safe;
 * one batch per job.
 *
 * <pre>
 * try (FileBatch batch = catalog.files().openBatch()) {
 *   for (...) batch.add(FileAttributes.of(jobId, fileIndex, "/etc/", "hosts", lstat, md5));
 *   batch.commit();
 * }
 * </pre>
 */
public final class FileBatch implements AutoCloseable {
  private static final int FLUSH_CHARS = 256 * 1024;

  private final CatalogTransactions tx;
  private final Handle handle;
  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 4096);
  private long rows;
  private boolean finished;

  FileBatch(CatalogTransactions tx) {
    this.tx = tx;
    this.handle = tx.open();
    try {
      handle.begin();
      handle.execute(
          "CREATE TEMPORARY TABLE batch (fileindex int, jobid int, path varchar, name varchar, lstat varchar,"
              + " md5 varchar, deltaseq smallint, fhinfo numeric(20), fhnode numeric(20)) ON COMMIT DROP");
      copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn("COPY batch FROM STDIN");
    } catch (SQLException | RuntimeException e) {
      try {
        handle.rollback();
        handle.close();
      } catch (RuntimeException ignored) {
        // the connection is unusable; the failure to report is the first one
      }
      throw tx.translate(e instanceof RuntimeException re ? re : new IllegalStateException(e));
    }
  }

  /** Queues one file version; rows go to the server in large chunks. */
  public void add(FileAttributes file) {
    if (finished) {
      throw new IllegalStateException("batch already " + (rows < 0 ? "closed" : "committed"));
    }
    StringBuilder b = buffer;
    b.append(file.fileIndex()).append('\t').append(file.jobId()).append('\t');
    CopyText.escape(b, file.path());
    b.append('\t');
    CopyText.escape(b, file.name());
    b.append('\t');
    CopyText.escape(b, file.lstat());
    b.append('\t');
    CopyText.escape(b, file.md5());
    b.append('\t').append(file.deltaSeq()).append('\t').append(Long.toUnsignedString(file.fhinfo()));
    b.append('\t').append(Long.toUnsignedString(file.fhnode())).append('\n');
    rows++;
    if (b.length() >= FLUSH_CHARS) {
      flush();
    }
  }

  /** How many rows were added so far. */
  public long size() {
    return rows;
  }

  /**
   * Moves the batch into {@code Path} and {@code File} and commits.
   *
   * @return the number of file rows inserted
   */
  public long commit() {
    if (finished) {
      throw new IllegalStateException("batch already finished");
    }
    try {
      flush();
      copy.endCopy();
      handle.execute("LOCK TABLE path IN SHARE ROW EXCLUSIVE MODE");
      handle.execute(
          "INSERT INTO path (path) SELECT a.path FROM (SELECT DISTINCT path FROM batch) AS a"
              + " WHERE NOT EXISTS (SELECT 1 FROM path WHERE path.path = a.path)");
      int inserted =
          handle.execute(
              "INSERT INTO file (fileindex, jobid, pathid, name, lstat, md5, deltaseq, fhinfo, fhnode)"
                  + " SELECT batch.fileindex, batch.jobid, path.pathid, batch.name, batch.lstat, batch.md5,"
                  + " batch.deltaseq, batch.fhinfo, batch.fhnode FROM batch JOIN path ON (batch.path = path.path)");
      handle.commit();
      finished = true;
      return inserted;
    } catch (SQLException e) {
      throw tx.translate(new IllegalStateException("batch insert of " + rows + " files failed", e));
    } catch (RuntimeException e) {
      throw tx.translate(e);
    } finally {
      if (finished) {
        handle.close();
      }
    }
  }

  /** Abandons an uncommitted batch: nothing of it stays in the catalog. */
  @Override
  public void close() {
    if (finished) {
      return;
    }
    finished = true;
    rows = -1;
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the rollback below discards the batch either way
    }
    try {
      handle.rollback();
    } catch (RuntimeException ignored) {
      // a broken connection has rolled back already
    } finally {
      handle.close();
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      copy.writeToCopy(bytes, 0, bytes.length);
    } catch (SQLException e) {
      throw tx.translate(new IllegalStateException("COPY into the batch table failed", e));
    }
  }
}
