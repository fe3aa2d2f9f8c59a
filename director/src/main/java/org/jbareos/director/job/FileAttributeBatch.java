package org.jbareos.director.job;

import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.FileAttributes;
import org.jbareos.catalog.FileBatch;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.FileType;
import org.jbareos.protocol.dirsd.FileAttributesUpdate;

/**
 * The file records of one job, from the SD's {@code UpdCat Job=... FileAttributes} messages into the catalog's
 * batch insert (PROTOCOL.md §6.2; {@code dird/catreq.cc UpdateAttribute}, {@code cats/sql_create.cc}). An attribute
 * record (stream 1 or 5) waits until the next one arrives, because its digest (stream 3, 10, 17, 18 or 40, same
 * FileIndex) follows it; the digest is stored in standard base64, unpadded. A deleted file ({@code FT_DELETED}, sent
 * by an accurate backup) gets FileIndex 0.
 *
 * <p>Nothing reaches the {@code File} table until {@link #commit()}; a job that fails {@link #abandon()}s the batch
 * and leaves no file rows. Used by the SD message thread only.
 */
final class FileAttributeBatch {
  private static final int STREAM_UNIX_ATTRIBUTES = 1;
  private static final int STREAM_UNIX_ATTRIBUTES_EX = 5;

  private final CatalogDatabase catalog;
  private final long jobId;
  private FileBatch batch;
  private FileAttributes pending;
  private long committed;

  FileAttributeBatch(CatalogDatabase catalog, long jobId) {
    this.catalog = catalog;
    this.jobId = jobId;
  }

  /** Takes one {@code UpdCat} payload. */
  void add(FileAttributesUpdate update) throws ProtocolException {
    int stream = update.stream();
    if (stream == STREAM_UNIX_ATTRIBUTES || stream == STREAM_UNIX_ATTRIBUTES_EX) {
      // the stat is stored as the FD encoded it, as Bareos does (ar->attr): a restore decodes it where it is needed
      AttributeRecord.Fields record = AttributeRecord.fields(update.data());
      queuePending();
      String fileName = record.fileName();
      int slash = fileName.endsWith("/") ? fileName.length() - 1 : fileName.lastIndexOf('/');
      String path = slash < 0 ? "" : fileName.substring(0, slash + 1);
      String name = fileName.substring(slash + 1);
      // A file an accurate backup found gone is stored with FileIndex 0, which hides it from restores and from the
      // next accurate list (dird/catreq.cc UpdateAttribute: "if (ar->FileType == FT_DELETED) ar->FileIndex = 0").
      int fileIndex = record.type() == FileType.DELETED ? 0 : update.fileIndex();
      pending = new FileAttributes(jobId, fileIndex, path, name, record.encodedStat(), "0",
          record.deltaSeq(), 0, 0);
    } else if (DigestAlgorithm.fromStream(stream) != null) {
      String digest = Digest.fromRecord(stream, update.data()).toCatalog();
      if (pending != null && pending.fileIndex() == update.fileIndex()) {
        pending = new FileAttributes(pending.jobId(), pending.fileIndex(), pending.path(), pending.name(),
            pending.lstat(), digest, pending.deltaSeq(), pending.fhinfo(), pending.fhnode());
      }
    }
  }

  /** How many file records wait for the next commit. */
  long pending() {
    return (batch == null ? 0 : batch.size()) + (pending == null ? 0 : 1);
  }

  /** {@code Catreq UpdateFileList}: writes what has arrived so far. */
  void flush() {
    queuePending();
    if (batch != null) {
      committed += batch.commit();
      batch.close();
      batch = null;
    }
  }

  /** Writes the rest and returns how many file rows this job inserted. */
  long commit() {
    flush();
    return committed;
  }

  /** Drops what was not committed. */
  void abandon() {
    pending = null;
    if (batch != null) {
      batch.close();
      batch = null;
    }
  }

  private void queuePending() {
    if (pending == null) {
      return;
    }
    if (batch == null) {
      batch = catalog.files().openBatch();
    }
    batch.add(pending);
    pending = null;
  }
}
