package org.jbareos.filedaemon.backup;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import org.jbareos.filedaemon.walk.FindFlag;
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
 *
 * <p>The walk runs a little ahead of the records ({@link #LOOK_AHEAD_ENTRIES} entries): the next large plain files
 * with a digest are handed to {@link DigestAhead}, which digests them on a thread of its own while this session sends
 * the current one. Records, messages and FileIndexes come in walk order as before.
 */
public final class BackupSession implements Iterator<BackupRecord>, AutoCloseable {

  /** How many walk entries the session looks ahead at most for files to digest ahead. */
  static final int LOOK_AHEAD_ENTRIES = 64;
  /** How many files are digested ahead at most (each keeps at most {@link AheadDigest#MAX_LEAD} states). */
  static final int LOOK_AHEAD_FILES = 2;
  /** Smaller files are read and digested by the sender alone: reading them twice would cost more than it saves. */
  static final long AHEAD_MIN_SIZE = 4L * FileDataReader.BUFFER_SIZE;

  private final FileSetWalk walk;
  private final Consumer<NotSaved> messages;
  private final JobTotals totals = new JobTotals();
  private final Map<Integer, Digest> linkDigests = new HashMap<>();
  private final Map<Compression, ChunkCompressor> compressors = new HashMap<>();
  /** One read buffer for every file of the session ({@link FileDataReader#open}). */
  private final byte[] readBuffer = new byte[FileDataReader.BUFFER_SIZE];
  private Iterator<BackupRecord> current = Collections.emptyIterator();
  /** Walk entries taken ahead of the records, in walk order. */
  private final Deque<WalkEntry> upcoming = new ArrayDeque<>();
  /** The digests being computed ahead for files in {@link #upcoming}. */
  private final Map<FoundFile, AheadDigest> aheadDigests = new IdentityHashMap<>();
  private final DigestAhead digestAhead = new DigestAhead("backup digest-ahead");

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
      if (upcoming.isEmpty() && !walk.hasNext()) {
        return false;
      }
      WalkEntry entry = upcoming.isEmpty() ? walk.next() : upcoming.removeFirst();
      lookAhead();
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
          current = new FileRecords(file, options, compressor, linkDigests, totals, messages, readBuffer,
              aheadDigests.remove(file));
        }
      }
    }
    return true;
  }

  /** Walks ahead while fewer than {@link #LOOK_AHEAD_FILES} files are digested ahead. */
  private void lookAhead() {
    while (aheadDigests.size() < LOOK_AHEAD_FILES && upcoming.size() < LOOK_AHEAD_ENTRIES && walk.hasNext()) {
      WalkEntry entry = walk.next();
      upcoming.addLast(entry);
      if (entry instanceof FoundFile file && file.type() == FileType.REG && file.stat().size() >= AHEAD_MIN_SIZE
          && !file.options().has(FindFlag.KEEPATIME)) {
        // a plain file only: sparse and compressed chunks are read and cut otherwise
        SaveOptions options = SaveOptions.of(file.options());
        if (!options.sparse() && options.compression().isEmpty() && options.digest().isPresent()) {
          MessageDigest initial = JdkDigests.create(options.digest().get());
          if (Digests.copyable(initial)) {
            aheadDigests.put(file, digestAhead.submit(file, initial));
          }
        }
      }
    }
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
    digestAhead.close();
    walk.close();
    compressors.values().forEach(ChunkCompressor::close);
  }
}
