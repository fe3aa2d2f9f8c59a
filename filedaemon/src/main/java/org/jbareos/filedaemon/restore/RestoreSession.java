package org.jbareos.filedaemon.restore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.DataFormatException;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.backup.ChunkDecompressor;
import org.jbareos.filedaemon.backup.JdkDigests;
import org.jbareos.filedaemon.walk.ErrnoText;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.Stream;
import org.jbareos.protocol.attributes.AttributeRecord;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;
import org.jbareos.protocol.attributes.FileType;

/**
 * The FD's side of a restore's data ({@code filed/restore.cc DoRestore}): it takes each record the SD sends ({@code
 * rechdr <VolSessionId> <VolSessionTime> <FileIndex> <Stream> <len>} + data; PROTOCOL.md §7.4) and recreates the
 * files under {@code where}.
 *
 * <ul>
 *   <li>An attribute record (stream 1) finishes the previous file (closes it, sets its owner, mode and times) and
 *       creates the next one ({@link FileCreator}); files without data get their attributes at once. A directory
 *       comes after its contents (DIREND), so its times stay as restored within one job; a restore of several jobs
 *       (Full, then Incrementals) may create files in a directory restored from an earlier job, which changes its
 *       mtime, so {@link #finish()} sets every restored directory's attributes once more.
 *   <li>Data records (2, 6, 29, 30 and the old 4, 7) are written in order; sparse ones at the address in their first
 *       8 bytes (the file keeps its holes); compressed ones are decompressed first. A regular file's writes, close,
 *       size check and attributes run on the {@link WriteBehind} thread, in order, while this thread creates the
 *       next files; anything that looks at a file already restored (a name that exists, a hard link, a read-back)
 *       waits for that thread first, and its problems are reported here like the others.
 *   <li>A digest record (3, 10, 17, 18) is checked against the bytes written for that file (for a hard link, against
 *       the whole file); a mismatch is an error for that file. Bareos itself does not check. The digest is computed
 *       from the written chunks on other threads ({@link DigestPool}), with the algorithm of the session's previous
 *       digest record (a FileSet has one), MD5 before the first (the usual {@code Signature}), none after a file
 *       with data came without one; when the algorithm differs, the written ranges are read back from the file
 *       instead. Mismatches are reported on this thread as they are found, and all of them by {@link #finish()}.
 *   <li>ACL and xattr records are not restored (counted, reported at the end); an unknown stream is an error.
 * </ul>
 *
 * Every problem is a {@link RestoreMessage} for that file, counted in {@link JobTotals#jobErrors()}; the restore
 * goes on with the next record. Call {@link #finish()} after the SD's final EOD.
 */
public final class RestoreSession implements AutoCloseable {

  private static final long ACL_FIRST = 1000;
  private static final long ACL_LAST = 1020;
  private static final long XATTR_FIRST = 1988;
  private static final long XATTR_LAST = 1999;

  private final RestoreTarget target;
  private final FileCreator creator;
  private final Consumer<RestoreMessage> messages;
  private final JobTotals totals = new JobTotals();
  private final ChunkDecompressor decompressor = new ChunkDecompressor();
  private final Map<String, Integer> notRestored = new HashMap<>();
  /** The directories restored so far, the latest version of each, for {@link #finish()}. */
  private final Map<Path, AttributeRecord> directories = new LinkedHashMap<>();
  private final DigestPool digests = DigestPool.forThisMachine();
  /** Writes, closes and attributes of regular files, on a thread of its own (16 MiB of data at most). */
  private final WriteBehind writer = new WriteBehind(16 << 20);
  /** Problems found on the writer's thread, reported on this one. */
  private final Queue<RestoreMessage> laterProblems = new ConcurrentLinkedQueue<>();
  private RestoringFile current;
  private int currentIndex;
  /**
   * The algorithm computed while writing the next files: the last digest record's; MD5 before the first (the usual
   * FileSet {@code Signature}; when it is not, the first file is read back); null after a file with data came
   * without a digest record (a FileSet without {@code Signature}: nothing to compute).
   */
  private DigestAlgorithm expectedDigest = DigestAlgorithm.MD5;

  /**
   * A restore session.
   *
   * @param where the prefix ({@code where=}); empty restores in place
   * @param replace the replace rule
   * @param prefixLinks also prefix absolute symlink targets ({@code prefix_links})
   * @param messages receives the job messages about files
   */
  public RestoreSession(String where, ReplaceMode replace, boolean prefixLinks, Consumer<RestoreMessage> messages) {
    this.target = new RestoreTarget(where, prefixLinks);
    this.creator = new FileCreator(replace);
    this.messages = messages;
  }

  /** The counters for {@code 2800 End Job}. */
  public JobTotals totals() {
    return totals;
  }

  /**
   * Handles one record from the SD. The session may keep {@code data} until the file's digest is computed: the
   * caller must not change it afterwards.
   */
  public void record(int fileIndex, int stream, byte[] data) {
    int type = stream & Stream.TYPE_MASK;
    if (type == Stream.UNIX_ATTRIBUTES.value() || type == Stream.UNIX_ATTRIBUTES_EX.value()) {
      finishCurrent();
      currentIndex = fileIndex;
      startFile(data);
      return;
    }
    if (isData(type) || DigestAlgorithm.fromStream(type) != null) {
      if (fileIndex != currentIndex) {
        error(current == null ? "FileIndex " + fileIndex : current.output.toString(),
            "Expected to write data to stream " + stream + " of file " + fileIndex
                + ", but this file was never created. Current file is: " + currentIndex + ".");
      } else if (isData(type)) {
        data(type, data);
      } else {
        checkDigest(DigestAlgorithm.fromStream(type), data);
      }
      return;
    }
    if ((type >= ACL_FIRST && type <= ACL_LAST) || (type >= XATTR_FIRST && type <= XATTR_LAST)) {
      notRestored.merge(type <= ACL_LAST ? "acl" : "xattr", 1, Integer::sum);
    } else if (type == Stream.SIGNED_DIGEST.value() || type == Stream.RESTORE_OBJECT.value()
        || type == Stream.PROGRAM_NAMES.value() || type == Stream.PROGRAM_DATA.value()) {
      notRestored.merge(Stream.fromValue(type).map(Stream::bareosName).orElse("stream " + type), 1, Integer::sum);
    } else {
      error(current == null ? "FileIndex " + fileIndex : current.output.toString(),
          "Unknown stream=" + stream + " ignored. This shouldn't happen!");
    }
  }

  /**
   * Finishes the last file, sets the restored directories' attributes again (files restored into them after their
   * own record changed their times) and reports the streams that were not restored.
   */
  public void finish() {
    finishCurrent();
    settle();
    reportMismatches(true);
    directories.forEach((output, attributes) -> {
      String problem = AttributeSetter.apply(output, attributes.type(), attributes.stat());
      if (problem != null) {
        error(output.toString(), problem);
      }
    });
    directories.clear();
    notRestored.forEach((what, count) ->
        messages.accept(new RestoreMessage("", count + " non-supported " + what + " streams ignored.", false)));
    notRestored.clear();
  }

  @Override
  public void close() {
    finishCurrent();
    settle();
    reportMismatches(true);
    writer.close();
    digests.close();
    decompressor.close();
  }

  /** The data streams this FD restores. */
  private static final Set<Integer> DATA_STREAMS = Set.of(Stream.FILE_DATA.value(), Stream.GZIP_DATA.value(),
      Stream.SPARSE_DATA.value(), Stream.SPARSE_GZIP_DATA.value(), Stream.COMPRESSED_DATA.value(),
      Stream.SPARSE_COMPRESSED_DATA.value());
  private static final Set<Integer> SPARSE_STREAMS = Set.of(Stream.SPARSE_DATA.value(),
      Stream.SPARSE_GZIP_DATA.value(), Stream.SPARSE_COMPRESSED_DATA.value());
  private static final Set<Integer> PLAIN_STREAMS = Set.of(Stream.FILE_DATA.value(), Stream.SPARSE_DATA.value());
  private static final Set<Integer> HEADER_STREAMS = Set.of(Stream.COMPRESSED_DATA.value(),
      Stream.SPARSE_COMPRESSED_DATA.value());

  private static boolean isData(int type) {
    return DATA_STREAMS.contains(type);
  }

  private void startFile(byte[] data) {
    reportLaterProblems();
    reportMismatches(false);
    AttributeRecord attributes;
    try {
      attributes = AttributeRecord.parse(data);
    } catch (ProtocolException e) {
      error("FileIndex " + currentIndex, "Cannot unpack attributes: " + e.getMessage());
      return;
    }
    FileType type = attributes.type();
    if (type == FileType.DELETED || type == FileType.RESTORE_FIRST || type == FileType.PLUGIN_CONFIG
        || type == FileType.PLUGIN_CONFIG_FILLED) {
      // deleted-file markers of Accurate backups and restore objects are not files to create (DoRestore skips them)
      return;
    }
    if (type == null || !isData(attributes.stat().dataStream()) && attributes.stat().dataStream() != 0) {
      error(attributes.fileName(), (type == null ? "Unknown file type " + attributes.fileType()
          : "stream " + attributes.stat().dataStream() + " not supported on this Client") + "; not restored.");
      return;
    }
    Path output = Path.of(target.outputName(attributes.fileName()));
    String link = target.outputLink(type, attributes.link());
    FileCreator.Outcome outcome = creator.createNew(attributes, output);
    if (outcome == null) {
      if (type != FileType.DIREND) {
        settle(); // the name may be one restored earlier in this session: its pending work first
      }
      outcome = creator.create(attributes, output, link);
    }
    switch (outcome) {
      case FileCreator.Skipped skipped -> {
        totals.addFile();
        messages.accept(new RestoreMessage(output.toString(), skipped.message(), false));
      }
      case FileCreator.Failed failed -> error(output.toString(), failed.message());
      case FileCreator.Extract extract -> {
        totals.addFile();
        current = new RestoringFile(attributes, output, extract.channel(),
            expectedDigest == null ? null : digests.start(expectedDigest),
            type == FileType.REG || type == FileType.REGE);
      }
      case FileCreator.Created created -> {
        totals.addFile();
        current = new RestoringFile(attributes, output, null, null, false);
        if (setAttributes(current) && type == FileType.DIREND) {
          directories.remove(output);
          directories.put(output, attributes);
        }
      }
    }
  }

  private void data(int type, byte[] data) {
    if (current == null || !current.extracting()) {
      return;
    }
    totals.addRead(data.length);
    boolean sparse = SPARSE_STREAMS.contains(type);
    long address = -1;
    int offset = 0;
    if (sparse) {
      if (data.length < 8) {
        fail("Sparse data record of " + data.length + " bytes has no file address");
        return;
      }
      address = ByteBuffer.wrap(data).getLong();
      offset = 8;
    }
    byte[] bytes = data;
    int length = data.length - offset;
    if (!PLAIN_STREAMS.contains(type)) {
      try {
        bytes = decompressor.decompress(data, offset, length, HEADER_STREAMS.contains(type));
      } catch (DataFormatException e) {
        fail("Uncompression error on file " + current.output + ". ERR=" + e.getMessage());
        return;
      }
      offset = 0;
      length = bytes.length;
    }
    if (current.writesBehind) {
      writeBehind(current, bytes, offset, length, address);
      return;
    }
    try {
      current.write(bytes, offset, length, address);
      totals.addJobBytes(length);
    } catch (IOException e) {
      fail("Write error on " + current.output + ": " + ErrnoText.of(e));
    }
  }

  /** Digests the chunk here and queues its write; a write error is reported later and drops the file's later data. */
  private void writeBehind(RestoringFile file, byte[] bytes, int offset, int length, long address) {
    file.account(bytes, offset, length, address);
    writer.submit(length, () -> {
      if (file.hasWriteFailed()) {
        return;
      }
      try {
        file.writeToChannel(bytes, offset, length, address);
        totals.addJobBytes(length);
      } catch (IOException e) {
        file.writeFailed();
        laterProblems.add(new RestoreMessage(file.output.toString(),
            "Write error on " + file.output + ": " + ErrnoText.of(e), true));
      }
    });
  }

  private void checkDigest(DigestAlgorithm algorithm, byte[] value) {
    if (current != null) {
      current.digestRecordCame();
    }
    if (current == null || current.failed() || !JdkDigests.supports(algorithm)
        || value.length != algorithm.length()) {
      return;
    }
    expectedDigest = algorithm;
    boolean hardLink = current.attributes.type() == FileType.LNKSAVED;
    if (!hardLink && current.digestAlgorithm() == algorithm) {
      current.verify(value);
      return;
    }
    settle(); // the bytes to read back must be written
    if (current.hasWriteFailed()) {
      return; // reported as a write error already
    }
    WrittenExtents extents =
        hardLink ? WrittenExtents.wholeFile(current.attributes.stat().size()) : current.written;
    MessageDigest digest = JdkDigests.create(algorithm);
    try {
      extents.digest(current.output, digest);
    } catch (IOException e) {
      error(current.output.toString(), "Cannot read back " + current.output + " to check its "
          + algorithm.label() + " digest: ERR=" + ErrnoText.of(e));
      return;
    }
    Digest restored = new Digest(algorithm, digest.digest());
    Digest backedUp = new Digest(algorithm, value);
    if (!restored.equals(backedUp)) {
      reportMismatch(new DigestPool.Mismatch(current.output, restored, backedUp));
    }
  }

  /** Waits for the writer's queued work and reports its problems. */
  private void settle() {
    writer.awaitAll();
    reportLaterProblems();
  }

  private void reportLaterProblems() {
    for (RestoreMessage problem; (problem = laterProblems.poll()) != null; ) {
      totals.addError();
      messages.accept(problem);
    }
  }

  /** Reports the digest mismatches the pool found so far; with {@code all}, waits for every verification first. */
  private void reportMismatches(boolean all) {
    if (all) {
      digests.awaitAll();
    }
    digests.drainMismatches(this::reportMismatch);
  }

  private void reportMismatch(DigestPool.Mismatch mismatch) {
    error(mismatch.output().toString(), mismatch.restored().algorithm().label() + " digest of restored file "
        + mismatch.output() + " differs: restored " + mismatch.restored().toCatalog() + ", backup "
        + mismatch.backedUp().toCatalog());
  }

  private void finishCurrent() {
    RestoringFile file = current;
    current = null;
    if (file == null) {
      return;
    }
    boolean hadData = file.hasChannel();
    if (file.wroteData() && !file.failed() && !file.hadDigestRecord()
        && (file.attributes.type() == FileType.REG || file.attributes.type() == FileType.REGE)) {
      expectedDigest = null;
    }
    if (!hadData) {
      return;
    }
    if (file.writesBehind) {
      writer.submit(0, () -> closeAndSetAttributes(file,
          (fname, message) -> laterProblems.add(new RestoreMessage(fname, message, true))));
    } else {
      closeAndSetAttributes(file, this::error);
    }
  }

  /** Closes a file with data, checks its size and sets its attributes; problems go to {@code problem}. */
  private static void closeAndSetAttributes(RestoringFile file, BiConsumer<String, String> problem) {
    try {
      file.close();
    } catch (IOException e) {
      problem.accept(file.output.toString(), "Cannot close " + file.output + ": ERR=" + ErrnoText.of(e));
    }
    AttributeSetter.OnDisk now;
    try {
      now = AttributeSetter.OnDisk.lstat(file.output);
    } catch (IOException e) {
      now = null; // the attributes are then all set, and their errors say what is wrong
    }
    long expected = file.attributes.stat().size();
    if (now != null && file.attributes.type() == FileType.REG && now.size() > 0 && expected > 0
        && now.size() != expected) {
      problem.accept(file.output.toString(), "File size of restored file " + file.output + " not correct. Original "
          + expected + ", restored " + now.size() + ".");
    }
    String failure = AttributeSetter.apply(file.output, file.attributes.type(), file.attributes.stat(), now);
    if (failure != null) {
      problem.accept(file.output.toString(), failure);
    }
  }

  /** False when they could not be set (reported). */
  private boolean setAttributes(RestoringFile file) {
    String problem = AttributeSetter.apply(file.output, file.attributes.type(), file.attributes.stat());
    if (problem != null) {
      error(file.output.toString(), problem);
      return false;
    }
    return true;
  }

  private void fail(String message) {
    current.fail();
    error(current.output.toString(), message);
  }

  private void error(String fname, String message) {
    totals.addError();
    messages.accept(new RestoreMessage(fname, message, true));
  }
}
