package org.jbareos.filedaemon.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.walk.ErrnoText;
import org.jbareos.filedaemon.walk.FindFlag;
import org.jbareos.filedaemon.walk.FoundFile;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.protocol.attributes.FileType;

/**
 * The data frames of one file ({@code filed/backup.cc send_data}, {@code SendDataToSd}): the file is read in chunks of
 * the network buffer size, 256 KiB ({@code DEFAULT_NETWORK_BUFFER_SIZE}; the kit's random.bin of 307200 bytes went
 * as 262144 + 45056), and each chunk becomes one frame:
 *
 * <ul>
 *   <li>plain: the bytes as read;
 *   <li>sparse ({@code s}): the chunk is read 8 bytes shorter and sent behind its file offset (8 bytes, big-endian);
 *       a full-size chunk of zeros that does not reach the end of the file is skipped (the last chunk is always sent,
 *       so the restored file gets its size);
 *   <li>compressed: {@link ChunkCompressor}'s header and bytes (behind the offset when sparse).
 * </ul>
 *
 * The digest covers the bytes sent, before compression; skipped zero chunks are not in it (the FD updates it after
 * the zero check). A read error ends the data with a job error ({@code Read error on file ...}).
 */
final class FileDataReader implements RecordPayload {

  /** {@code DEFAULT_NETWORK_BUFFER_SIZE}. */
  static final int BUFFER_SIZE = 256 * 1024;
  /** {@code OFFSET_FADDR_SIZE}. */
  static final int OFFSET_SIZE = 8;

  private final FoundFile file;
  private final SaveOptions options;
  private final FileDigest digest;
  private final ChunkCompressor compressor;
  private final JobTotals totals;
  private final Consumer<NotSaved> messages;
  private final FileChannel channel;
  private final byte[] buffer;
  private final int chunk;
  private long fileAddr;
  private boolean finished;

  private FileDataReader(FoundFile file, SaveOptions options, FileDigest digest, ChunkCompressor compressor,
      JobTotals totals, Consumer<NotSaved> messages, FileChannel channel, byte[] buffer) {
    this.file = file;
    this.options = options;
    this.digest = digest;
    this.compressor = compressor;
    this.totals = totals;
    this.messages = messages;
    this.channel = channel;
    this.buffer = buffer;
    this.chunk = options.sparse() ? BUFFER_SIZE - OFFSET_SIZE : BUFFER_SIZE;
  }

  /**
   * Opens the file; on failure reports {@code Cannot open "<name>": ERR=<reason>.} as a job error and returns null
   * (the attributes are already sent, the file gets no data and no digest).
   *
   * @param buffer {@link #BUFFER_SIZE} bytes to read sparse or compressed data into, shared by the files of a session:
   *     every frame is made from it before the next read, so one buffer serves file after file without allocating 256
   *     KiB each (plain data is read into each frame's own array, but for the read past the stat's size)
   */
  static FileDataReader open(FoundFile file, SaveOptions options, FileDigest digest, ChunkCompressor compressor,
      JobTotals totals, Consumer<NotSaved> messages, byte[] buffer) {
    try {
      FileChannel channel =
          file.type() == FileType.FIFO ? FifoOpener.openForReading(file.path()) : FileChannel.open(file.path(),
              StandardOpenOption.READ);
      return new FileDataReader(file, options, digest, compressor, totals, messages, channel, buffer);
    } catch (IOException | UnsupportedOperationException e) {
      String reason = e instanceof IOException io ? ErrnoText.of(io) : e.getMessage();
      totals.addError();
      messages.accept(new NotSaved(file.fname(), FileType.NOOPEN,
          "Cannot open \"" + file.fname() + "\": ERR=" + reason + ".", true));
      return null;
    }
  }

  /** True once the last frame was handed out. */
  boolean finished() {
    return finished;
  }

  @Override
  public byte[] nextFrame() {
    if (!options.sparse() && compressor == null) {
      return nextPlainFrame();
    }
    while (!finished) {
      int n = read(buffer, chunk);
      if (n <= 0) {
        finish();
        return null;
      }
      long size = file.stat().size();
      boolean readsUnsized = (file.type() == FileType.RAW || file.type() == FileType.FIFO) && size == 0;
      if (options.sparse() && ((n == chunk && fileAddr + n < size) || readsUnsized) && allZeros(n)) {
        fileAddr += n;
        continue;
      }
      long offset = fileAddr;
      fileAddr += n;
      totals.addRead(n);
      if (digest != null) {
        digest.update(buffer, 0, n);
      }
      byte[] frame = frame(offset, n);
      totals.addJobBytes(frame.length);
      return frame;
    }
    return null;
  }

  /**
   * A plain frame is read straight into an array of its own (no copy out of the shared buffer), as large as what is
   * left of the file by its size, at most a chunk. Once the stat's size is read, the read that finds the end (or what
   * the file grew by) goes to the shared buffer: a fresh chunk-sized array per file only to see the end cost a small
   * file 256 KiB of allocation.
   */
  private byte[] nextPlainFrame() {
    if (finished) {
      return null;
    }
    long left = file.stat().size() - fileAddr;
    boolean sized = left > 0 && file.type() == FileType.REG;
    byte[] frame = sized ? new byte[(int) Math.min(chunk, left)] : buffer;
    int n = read(frame, sized ? frame.length : chunk);
    if (n <= 0) {
      finish();
      return null;
    }
    if (!sized || n < frame.length) {
      frame = Arrays.copyOf(frame, n);
    }
    fileAddr += n;
    totals.addRead(n);
    if (digest != null) {
      digest.update(frame, 0, n);
    }
    totals.addJobBytes(n);
    return frame;
  }

  private byte[] frame(long offset, int n) {
    int prefix = options.sparse() ? OFFSET_SIZE : 0;
    byte[] frame;
    if (compressor != null) {
      frame = compressor.compress(buffer, 0, n, prefix);
    } else {
      frame = new byte[prefix + n];
      System.arraycopy(buffer, 0, frame, prefix, n);
    }
    if (options.sparse()) {
      ByteBuffer.wrap(frame).putLong(offset);
    }
    return frame;
  }

  /** One read of up to a buffer's worth, as {@code bread}; -1 at the end or after a read error. */
  private int read(byte[] into, int length) {
    try {
      int total = 0;
      ByteBuffer target = ByteBuffer.wrap(into, 0, length);
      while (target.hasRemaining()) {
        int n = channel.read(target);
        if (n < 0) {
          break;
        }
        total += n;
        if (file.type() != FileType.REG) {
          break;
        }
      }
      return total == 0 ? -1 : total;
    } catch (IOException e) {
      totals.addError();
      messages.accept(new NotSaved(file.fname(), FileType.NOOPEN,
          "Read error on file " + file.fname() + ". ERR=" + ErrnoText.of(e), true));
      return -1;
    }
  }

  private boolean allZeros(int n) {
    for (int i = 0; i < n; i++) {
      if (buffer[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private void finish() {
    finished = true;
    if (file.options().has(FindFlag.CHKCHANGES)) {
      ChangeCheck.changed(file).ifPresent(message -> {
        totals.addError();
        messages.accept(new NotSaved(file.fname(), file.type(), message, true));
      });
    }
    try {
      channel.close();
    } catch (IOException e) {
      // bclose() errors are not reported by the FD
    }
    if (file.options().has(FindFlag.KEEPATIME)) {
      file.stat().restoreTimes(file.path());
    }
  }
}
