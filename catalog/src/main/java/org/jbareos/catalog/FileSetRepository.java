package org.jbareos.catalog;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The {@code FileSet} table. */
public final class FileSetRepository {
  private final CatalogTransactions tx;

  FileSetRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /**
   * The row for this FileSet name and MD5, created if missing: Bareos's {@code CreateFilesetRecord} looks up
   * {@code WHERE FileSet='%s' AND MD5='%s'} and inserts a new row (new FileSetId) otherwise.
   */
  public FileSetRecord findOrCreate(String fileSet, String md5, String fileSetText, LocalDateTime createTime) {
    return tx.inTransaction(
        h -> {
          NameLock.lock(h, "fileset", fileSet);
          Optional<FileSetRecord> existing =
              h.createQuery(
                      "SELECT " + FileSetRecord.COLUMNS
                          + " FROM fileset WHERE fileset = :name AND md5 = :md5 ORDER BY filesetid DESC LIMIT 1")
                  .bind("name", fileSet)
                  .bind("md5", md5)
                  .mapTo(FileSetRecord.class)
                  .findOne();
          if (existing.isPresent()) {
            return existing.get();
          }
          return h.createQuery(
                  "INSERT INTO fileset (fileset, filesettext, md5, createtime) VALUES (:name, :text, :md5, :time)"
                      + " RETURNING " + FileSetRecord.COLUMNS)
              .bind("name", fileSet)
              .bind("text", fileSetText == null ? "" : fileSetText)
              .bind("md5", md5)
              .bind("time", createTime)
              .mapTo(FileSetRecord.class)
              .one();
        });
  }

  public Optional<FileSetRecord> findById(long fileSetId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + FileSetRecord.COLUMNS + " FROM fileset WHERE filesetid = :id")
                .bind("id", fileSetId)
                .mapTo(FileSetRecord.class)
                .findOne());
  }

  /** Every version of a FileSet, oldest first. */
  public List<FileSetRecord> findByName(String fileSet) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + FileSetRecord.COLUMNS + " FROM fileset WHERE fileset = :name ORDER BY filesetid")
                .bind("name", fileSet)
                .mapTo(FileSetRecord.class)
                .list());
  }
}
