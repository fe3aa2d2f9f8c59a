package org.jbareos.filedaemon.backup;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.walk.DeletedFile;
import org.jbareos.filedaemon.walk.FileChanges;
import org.jbareos.filedaemon.walk.FileSetWalk;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FindOptions;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.filedaemon.walk.WalkEntry;
import org.jbareos.protocol.Stream;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.EncodedStat;
import org.jbareos.protocol.attributes.FileType;

/**
 * The FD's side of a backup's data: every record to send to the SD, in order, for a FileSet ({@code filed/backup.cc
 * BlastDataToStorageDaemon}). The network layer sends each {@link BackupRecord} as header frame, data frames, EOD, and
 * after the last one the final EOD; it reports {@link #totals()} in {@code 2800 End Job}.
 *
 * <pre>{@code
 * try (BackupSession session = new BackupSession(fileSet, changes, jmsg::notSaved)) {
 *   while (session.hasNext()) {
 *     BackupRecord record = session.next();
 *     sd.send(record.header().wireText());
 *     for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) sd.send(frame);
 *     sd.signal(EOD);
 *   }
 * }
 * }</pre>
 *
 * Files that are not saved go to {@code messages} (errors are also counted in {@link JobTotals#jobErrors()}).
 */
public final class BackupSession implements Iterator<BackupRecord>, AutoCloseable {

  private final FileSetWalk walk;
  private final Consumer<NotSaved> messages;
  private final JobTotals totals = new JobTotals();
  private final Map<Integer, Digest> linkDigests = new HashMap<>();
  private final Map<Compression, ChunkCompressor> compressors = new HashMap<>();
  /** One read buffer for every file of the session ({@link FileDataReader#open}). */
  private final byte[] readBuffer = new byte[FileDataReader.BUFFER_SIZE];
  private Iterator<BackupRecord> current = Collections.emptyIterator();

  /**
   * A session over a FileSet.
   *
   * @param changes how an Incremental or Differential finds the changed files (the since time, or the accurate
   *     list, whose unseen files are saved as deleted at the end), empty for a Full
   * @param messages receives each file that is not saved, with its job message
   * @throws IllegalArgumentException when the FileSet asks for something this FD cannot do (LZO, FastLZ, XXH128,
   *     encryption): the FD fails the job before it starts, as Bareos does for a missing compressor
   */
  public BackupSession(FindFileSet fileSet, Optional<? extends FileChanges> changes,
      Consumer<NotSaved> messages) {
    for (FindFileSet.Include include : fileSet.includes()) {
      for (FindOptions options : include.options()) {
        SaveOptions.of(options);
        if (options.digest().filter(d -> d == DigestAlgorithm.XXH128).isPresent()) {
          throw new IllegalArgumentException("XXH128 digests (S4) are not supported by this File Daemon");
        }
      }
    }
    this.walk = new FileSetWalk(fileSet, changes);
    this.messages = messages;
  }

  /** The counters for {@code 2800 End Job}. */
  public JobTotals totals() {
    return totals;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!walk.hasNext()) {
        return false;
      }
      WalkEntry entry = walk.next();
      switch (entry) {
        case NotSaved notSaved -> {
          if (notSaved.error()) {
            totals.addError();
          }
          messages.accept(notSaved);
        }
        case DeletedFile deleted -> {
          totals.addFile();
          current = List.of(deletedRecord(deleted)).iterator();
        }
        case FoundFile file -> {
          SaveOptions options = SaveOptions.of(file.options());
          ChunkCompressor compressor =
              options.compression().map(c -> compressors.computeIfAbsent(c, ChunkCompressor::new)).orElse(null);
          current = new FileRecords(file, options, compressor, linkDigests, totals, messages, readBuffer);
        }
      }
    }
    return true;
  }

  /**
   * The attribute record of a file gone since the previous backups ({@code SendDeletedList}, {@code
   * EncodeAndSendAttributes} with {@code FT_DELETED}): a zeroed stat but for the catalog's mtime and ctime, the data
   * stream {@code SelectDataStream} gives a packet without options (2), no link, no data, no digest.
   */
  private static BackupRecord deletedRecord(DeletedFile deleted) {
    EncodedStat stat = new EncodedStat(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, deleted.mtime(), deleted.ctime(), 0, 0,
        Stream.FILE_DATA.value());
    AttributeRecord attributes =
        new AttributeRecord(deleted.fileIndex(), FileType.DELETED.code(), deleted.fname(), stat, "", "", 0);
    return new BackupRecord(deleted.fileIndex(), Stream.UNIX_ATTRIBUTES.value(),
        RecordPayload.of(attributes.toWire()));
  }

  @Override
  public BackupRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("all records were sent");
    }
    return current.next();
  }

  @Override
  public void close() {
    walk.close();
    compressors.values().forEach(ChunkCompressor::close);
  }
}
