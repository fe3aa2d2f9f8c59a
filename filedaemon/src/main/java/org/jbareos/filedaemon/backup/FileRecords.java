package org.jbareos.filedaemon.backup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.protocol.Stream;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.FileType;

/**
 * The records of one file in the order the FD sends them ({@code filed/backup.cc SaveFile}; the kit's backup-full):
 *
 * <ol>
 *   <li>attributes, stream 1 ({@code EncodeAndSendAttributes});
 *   <li>data, for a regular file with a size, a raw device or a FIFO to read (stream 2, 6, 29 or 30), opened only
 *       now: a file that cannot be opened is reported and gets neither data nor digest;
 *   <li>the digest of the data when the options ask for one (stream 3, 10, 17, 18), also for an empty file (the kit's
 *       empty.dat: attributes then the MD5 of nothing); for a hard link already saved (LNKSAVED), the first name's
 *       digest again.
 * </ol>
 *
 * With {@code P<n>:} the names in the attribute record are stripped ({@link StripPath}).
 */
final class FileRecords implements Iterator<BackupRecord> {

  private final FoundFile file;
  private final SaveOptions options;
  private final Map<Integer, Digest> linkDigests;
  private final JobTotals totals;
  private final Consumer<NotSaved> messages;
  private final ChunkCompressor compressor;
  private final Deque<Supplier<BackupRecord>> steps = new ArrayDeque<>();
  private final FileDigest digest;
  private final byte[] readBuffer;
  private final AheadDigest ahead;
  private FileDataReader reader;
  private boolean dataFailed;
  private BackupRecord pending;

  /**
   * The records of one file.
   *
   * @param ahead the file's digest as {@link DigestAhead} computes it, or null when the sender computes it
   */
  FileRecords(FoundFile file, SaveOptions options, ChunkCompressor compressor, Map<Integer, Digest> linkDigests,
      JobTotals totals, Consumer<NotSaved> messages, byte[] readBuffer, AheadDigest ahead) {
    this.readBuffer = readBuffer;
    this.ahead = ahead;
    this.file = file;
    this.options = options;
    this.compressor = compressor;
    this.linkDigests = linkDigests;
    this.totals = totals;
    this.messages = messages;
    if (ahead != null) {
      this.digest = FileDigest.checkedAgainst(ahead);
    } else {
      this.digest =
          file.hasDigest() ? options.digest().map(a -> FileDigest.of(JdkDigests.create(a))).orElse(null) : null;
    }
    steps.add(this::attributes);
    if (file.hasData()) {
      steps.add(this::data);
    }
    if (digest != null) {
      steps.add(this::digest);
    } else if (file.type() == FileType.LNKSAVED) {
      steps.add(this::linkDigest);
    }
  }

  @Override
  public boolean hasNext() {
    while (pending == null && !steps.isEmpty()) {
      pending = steps.removeFirst().get();
    }
    return pending != null;
  }

  @Override
  public BackupRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records for " + file.fname());
    }
    BackupRecord next = pending;
    pending = null;
    return next;
  }

  private BackupRecord attributes() {
    String fname = file.fname();
    String link = file.link();
    int strip = file.options().stripPath();
    if (strip > 0) {
      Optional<String> name = StripPath.strip(fname, strip);
      Optional<String> first = file.type() == FileType.LNKSAVED ? StripPath.strip(link, strip) : Optional.of(link);
      if (name.isPresent() && first.isPresent()) {
        fname = name.get();
        link = first.get();
      }
    }
    AttributeRecord attributes =
        new AttributeRecord(file.fileIndex(), file.type().code(), fname,
            file.stat().encode(file.linkFi(), options.dataStream()), link, "", 0);
    totals.addFile();
    return new BackupRecord(file.fileIndex(), Stream.UNIX_ATTRIBUTES.value(),
        RecordPayload.of(attributes.toWire()));
  }

  private BackupRecord data() {
    reader = FileDataReader.open(file, options, digest, compressor, totals, messages, readBuffer);
    if (reader == null) {
      dataFailed = true;
      return null;
    }
    return new BackupRecord(file.fileIndex(), options.dataStream(), reader);
  }

  private BackupRecord digest() {
    if (dataFailed) {
      if (ahead != null) {
        ahead.cancel();
      }
      return null;
    }
    if (reader != null && !reader.finished()) {
      throw new IllegalStateException("the data record of " + file.fname() + " was not read to its end");
    }
    DigestAlgorithm algorithm = options.digest().orElseThrow();
    Digest value = new Digest(algorithm, digest.digest());
    if (file.stat().nlink() > 1) {
      linkDigests.put(file.fileIndex(), value);
    }
    return new BackupRecord(file.fileIndex(), algorithm.stream(), RecordPayload.of(value.toWire()));
  }

  private BackupRecord linkDigest() {
    Digest first = linkDigests.get(file.linkFi());
    return first == null
        ? null
        : new BackupRecord(file.fileIndex(), first.algorithm().stream(), RecordPayload.of(first.toWire()));
  }
}
