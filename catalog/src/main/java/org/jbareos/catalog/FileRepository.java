package org.jbareos.catalog;

import java.util.List;

/** The {@code File} and {@code Path} tables: batch insert of a job's files and listing them. */
public final class FileRepository {
  private final CatalogTransactions tx;

  FileRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** Starts a batch insert ({@link FileBatch}); the caller commits or closes it. */
  public FileBatch openBatch() {
    return new FileBatch(tx);
  }

  /** Inserts {@code files} as one batch and returns how many rows were written. */
  public long insert(Iterable<FileAttributes> files) {
    try (FileBatch batch = openBatch()) {
      for (FileAttributes file : files) {
        batch.add(file);
      }
      return batch.commit();
    }
  }

  /** The job's files in FileIndex order, deleted-file markers (FileIndex 0) included. */
  public List<FileRecord> listForJob(long jobId) {
    return tx.inTransaction(
        h ->
            h.createQuery(
                    "SELECT file.fileid, file.jobid, file.fileindex, path.path, file.name, file.lstat, file.md5,"
                        + " file.deltaseq FROM file JOIN path USING (pathid) WHERE file.jobid = :job"
                        + " ORDER BY file.fileindex, path.path, file.name")
                .bind("job", jobId)
                .mapTo(FileRecord.class)
                .list());
  }

  /** How many file rows the job has. */
  public long countForJob(long jobId) {
    return tx.inTransaction(
        h -> h.createQuery("SELECT count(*) FROM file WHERE jobid = :job").bind("job", jobId).mapTo(Long.class).one());
  }
}
