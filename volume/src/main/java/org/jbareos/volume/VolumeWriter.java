package org.jbareos.volume;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a Bareos File-device volume (PROTOCOL.md §8) that {@code bls}/{@code bextract} read.
 *
 * <pre>
 * offset 0: label block, BlockNumber 0: [BB02 header][VOL_LABEL record]
 * then per job session:   [SOS_LABEL][data records ...][EOS_LABEL]   in blocks of at most maxBlockSize bytes
 * </pre>
 *
 * <p>Typical use by a Storage Daemon append session:
 * <pre>
 * try (VolumeWriter w = VolumeWriter.create(path, label, sessionId, sessionTime, WriterOptions.defaults())) {
 *   w.writeSessionLabel(sos, sessionId, sessionTime);
 *   RecordAddress a = w.write(new Record(sessionId, sessionTime, fileIndex, stream, data));
 *   ...
 *   w.writeSessionLabel(eos, sessionId, sessionTime);
 *   w.flush();                                  // end of session: the partial block goes out
 * }
 * </pre>
 *
 * <p>Blocks are written when full and on {@link #flush()} (end of a session) and {@link #close()}; each written block
 * is reported to {@link WriterOptions#onBlockWritten()}. A session label never spans blocks: if it does not fit whole
 * into the current block, that block is written first ({@code stored/label.cc:WriteSessionLabel}). Block numbers
 * increase by one per block.
 *
 * <p>A block holds the records of one session only, because BB02 record headers carry no session ids: a record of
 * another session than those in the current block writes that block first. Concurrent jobs on one device therefore
 * interleave block by block, as in Bareos (where each job fills its own block). Not thread-safe: the Storage Daemon
 * serializes the writers of one device.
 */
public final class VolumeWriter implements Closeable {
  /** {@code DEFAULT_BLOCK_SIZE} ({@code stored/block.h}): 64,512 bytes, the block size used for the label block. */
  public static final int DEFAULT_BLOCK_SIZE = 64_512;

  private final FileChannel channel;
  private final VolumeLabel label;
  private final WriterOptions options;
  private final BlockAssembler block;
  private final BackgroundWriteback writeback;
  private long position;
  private long nextBlockNumber;
  private boolean closed;
  private boolean full;
  /** After a {@link VolumeFullException}: the record being written, and where its part in the block starts. */
  private Record unfinished;
  private int unfinishedFrom;
  private WrittenBlock lastWritten;

  private VolumeWriter(FileChannel channel, VolumeLabel label, WriterOptions options, long position,
      long nextBlockNumber) {
    this.channel = channel;
    this.label = label;
    this.options = options;
    this.block = new BlockAssembler(options.maxBlockSize());
    this.writeback = new BackgroundWriteback(() -> channel.force(false));
    this.position = position;
    this.nextBlockNumber = nextBlockNumber;
  }

  /**
   * Creates a new volume file (it must not exist) and writes the label block: BlockNumber 0, one record with
   * FileIndex = the label's type (VOL_LABEL), Stream = {@link WriterOptions#labelStream()}, the given session ids.
   */
  public static VolumeWriter create(Path file, VolumeLabel label, long volSessionId, long volSessionTime,
      WriterOptions options) throws IOException {
    try {
      return label(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
          StandardOpenOption.READ), label, volSessionId, volSessionTime, options);
    } catch (VolumeFullException e) {
      // no label fitted on the disk: the empty file is not a volume, and a later label must be able to create it
      Files.deleteIfExists(file);
      throw e;
    }
  }

  /**
   * Truncates an existing volume file (or creates it) and writes a new label block, as Bareos does when it relabels
   * or recycles a File volume ({@code stored/label.cc:WriteNewVolumeLabelToDev}, {@code d_truncate}). All data on
   * the volume is lost.
   */
  public static VolumeWriter relabel(Path file, VolumeLabel label, long volSessionId, long volSessionTime,
      WriterOptions options) throws IOException {
    return label(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE, StandardOpenOption.READ), label, volSessionId, volSessionTime, options);
  }

  private static VolumeWriter label(FileChannel ch, VolumeLabel label, long volSessionId, long volSessionTime,
      WriterOptions options) throws IOException {
    try {
      // Bareos writes the label with the label block size (Device::SetLabelBlocksize: DEFAULT_BLOCK_SIZE), so the
      // label always fits into block 0 whatever the Maximum Block Size is.
      VolumeWriter labelWriter = new VolumeWriter(ch, label,
          options.withMaxBlockSize(Math.max(options.maxBlockSize(), DEFAULT_BLOCK_SIZE)), 0, 0);
      labelWriter.writeWhole(new Record(volSessionId, volSessionTime, label.type().fileIndex(),
          options.labelStream(), label.encode()));
      labelWriter.writeBlock();
      VolumeWriter w = new VolumeWriter(ch, label, options, labelWriter.position, options.firstDataBlockNumber());
      w.lastWritten = labelWriter.lastWritten;
      return w;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /**
   * Opens an existing volume for appending: follows the block headers to the end (each header checked, the contents
   * not read, so a long volume opens in milliseconds), then reads the last block whole (checksum checked) for the
   * last BlockNumber; new blocks continue at the end with the next number.
   *
   * @throws VolumeFormatException when the volume is damaged (e.g. a truncated last block); it is not changed then
   */
  public static VolumeWriter append(Path file, WriterOptions options) throws IOException {
    VolumeLabel label;
    Block last = null;
    try (VolumeReader reader = VolumeReader.open(file, options.checksums())) {
      label = reader.volumeLabel();
      long lastAddress = -1;
      for (long address = reader.position(); reader.skipBlock(); address = reader.position()) {
        lastAddress = address;
      }
      if (lastAddress >= 0) {
        reader.seek(lastAddress);
        last = reader.nextBlock().orElse(null);
      }
    }
    if (last == null) {
      throw new VolumeFormatException(file.getFileName().toString(), 0, "volume has no block");
    }
    FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
    VolumeWriter w = new VolumeWriter(ch, label, options, last.address() + last.length(),
        (last.blockNumber() + 1) & 0xFFFF_FFFFL);
    w.lastWritten = describe(last);
    return w;
  }

  /** A block found on the volume, described as if this writer had written it. */
  private static WrittenBlock describe(Block b) throws VolumeFormatException {
    int first = 0;
    int lastIndex = 0;
    for (Block.RecordFragment f : b.fragments()) {
      int fi = f.header().fileIndex();
      if (fi > 0) {
        first = first == 0 ? fi : first;
        lastIndex = fi;
      }
    }
    BlockHeader h = b.header();
    return new WrittenBlock(b.address(), h.blockNumber(), b.length(), h.checksum(), h.volSessionId(),
        h.volSessionTime(), first, lastIndex);
  }

  /** The volume label of this volume. */
  public VolumeLabel label() {
    return label;
  }

  /** The address where the current (unwritten) block will start; equals the volume's size when it is empty. */
  public long position() {
    return position;
  }

  /** The BlockNumber the current block will get. */
  public long nextBlockNumber() {
    return nextBlockNumber;
  }

  /**
   * The last block written (after {@link #append}: the last block found on the volume), e.g. for the EOS label's EndBlock/EndFile (the low/high 32 bits of its
   * {@link WrittenBlock#endAddress()}, as {@code stored/block.cc} keeps them in {@code dcr->EndBlock}).
   */
  public Optional<WrittenBlock> lastWrittenBlock() {
    return Optional.ofNullable(lastWritten);
  }

  /** Bytes written to the volume file plus the bytes waiting in the current block. */
  public long size() {
    return position + (block.isEmpty() ? 0 : block.used());
  }

  /**
   * Writes a record, spanning blocks as needed, and returns where it went.
   *
   * @throws VolumeFullException when the disk took no more blocks; the rest of the record stays for {@link
   *     #takeUnwritten()}
   */
  public RecordAddress write(Record record) throws IOException {
    ensureOpen();
    unfinished = record;
    unfinishedFrom = block.used();
    if (block.holdsOtherSession(record)) {
      // A BB02 record header has no session ids: all records of a block must belong to the block header's session.
      writeBlock();
    }
    if (record.stream() == 0 && !block.fitsWhole(record)) {
      // A continuation header negates the Stream; -0 would not mark it, so a Stream 0 record must fit whole.
      if (!block.isEmpty()) {
        writeBlock();
      }
      if (!block.fitsWhole(record)) {
        throw new IllegalArgumentException("a record with Stream 0 must fit into one block of "
            + options.maxBlockSize() + " bytes: " + record);
      }
    }
    unfinishedFrom = block.used();
    SpanningRecord r = new SpanningRecord(record);
    long firstAddress = -1;
    long firstNumber = -1;
    while (true) {
      boolean complete = block.write(r);
      if (firstAddress < 0 && r.headerWritten) {
        firstAddress = position;
        firstNumber = nextBlockNumber;
      }
      if (complete) {
        unfinished = null;
        return new RecordAddress(firstAddress, firstNumber, position, nextBlockNumber);
      }
      writeBlock();
      unfinishedFrom = block.used();
    }
  }

  /**
   * Writes an SOS or EOS label record (FileIndex -4/-5, Stream = JobId). If it does not fit whole into the current
   * block, the block is written first. After the EOS label call {@link #flush()} to end the session.
   */
  public RecordAddress writeSessionLabel(SessionLabel label, long volSessionId, long volSessionTime)
      throws IOException {
    if (label.jobId() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("JobId " + label.jobId() + " does not fit the record's Stream");
    }
    Record rec = new Record(volSessionId, volSessionTime, label.type().fileIndex(), (int) label.jobId(),
        label.encode());
    return writeWhole(rec);
  }

  private RecordAddress writeWhole(Record rec) throws IOException {
    ensureOpen();
    unfinished = rec;
    unfinishedFrom = block.used();
    if (!block.fitsWhole(rec) && !block.isEmpty()) {
      writeBlock();
    }
    return write(rec);
  }

  /**
   * After a {@link VolumeFullException}: the whole records of the block that did not fit, and the record that was
   * being written, for {@link #resume} on the next volume. That record starts again from its beginning there: the
   * part of it already on this volume stays as an unfinished record at its end, which readers drop when the same
   * session's next record header comes (Bareos's {@code ReadRecordFromBlock} starts a regular record afresh). This
   * writer then writes nothing more; {@link #close()} closes the file as it is.
   */
  public UnwrittenData takeUnwritten() {
    if (!full) {
      throw new IllegalStateException("the volume is not full");
    }
    UnwrittenData data = block.takeContent(unfinishedFrom, unfinished);
    unfinished = null;
    return data;
  }

  /**
   * Writes what a full volume could not take ({@link #takeUnwritten()}) as this volume's next block, then the
   * unfinished record ({@code stored/device.cc:FixupDeviceBlockWriteError} writes the failed block to the new
   * volume). Call it before anything else is written.
   */
  public void resume(UnwrittenData data) throws IOException {
    ensureOpen();
    unfinished = data.unfinished;
    unfinishedFrom = block.used();
    block.adopt(data);
    if (!block.isEmpty()) {
      writeBlock();
    }
    if (data.unfinished != null) {
      write(data.unfinished);
    }
    unfinished = null;
  }

  /** Writes the current block if it holds any record (end of a session). */
  public void flush() throws IOException {
    ensureOpen();
    unfinished = null;
    if (!block.isEmpty()) {
      writeBlock();
    }
  }

  private void writeBlock() throws IOException {
    WrittenBlock written = block.seal(position, nextBlockNumber, options.checksums());
    ByteBuffer bb = ByteBuffer.wrap(block.buffer(), 0, written.length());
    long pos = position;
    try {
      while (bb.hasRemaining()) {
        pos += channel.write(bb, pos);
      }
    } catch (IOException e) {
      cutPartialBlock(e);
      if (VolumeFullException.isOutOfSpace(e)) {
        full = true;
        throw new VolumeFullException(position, written.length(), (int) (pos - position), e);
      }
      throw e;
    }
    position = pos;
    nextBlockNumber = (nextBlockNumber + 1) & 0xFFFF_FFFFL;
    block.reset();
    lastWritten = written;
    if (options.onBlockWritten() != null) {
      options.onBlockWritten().accept(written);
    }
    writeback.written(written.length());
  }

  /**
   * A block that could not be written whole (the disk is full: {@code ENOSPC} after part of it) is cut off again,
   * so the volume still ends on a whole block and every block before it stays readable and appendable.
   */
  private void cutPartialBlock(IOException writeError) {
    try {
      if (channel.size() > position) {
        channel.truncate(position);
      }
    } catch (IOException e) {
      writeError.addSuppressed(e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("VolumeWriter is closed");
    }
    if (full) {
      throw new IllegalStateException("the volume is full");
    }
  }

  /**
   * Writes the current block, forces the file to disk and closes it. Most of the data is on the disk already (see
   * {@link BackgroundWriteback}): the final {@code fsync} writes the rest.
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    IOException failure = null;
    try {
      if (!full) {
        flush();
      }
    } catch (IOException e) {
      failure = e;
    }
    try {
      // a running writeback must end before the channel closes under it
      writeback.await();
      if (failure == null) {
        channel.force(true);
      }
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      } else {
        failure.addSuppressed(e);
      }
    } finally {
      closed = true;
      channel.close();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
