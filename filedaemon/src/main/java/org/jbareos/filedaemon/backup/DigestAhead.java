package org.jbareos.filedaemon.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.zip.CRC32C;
import org.jbareos.filedaemon.walk.FoundFile;

/**
 * Digests the session's next large files on a thread of its own while the sender reads, digests and sends the
 * current one: MD5 runs at about 680 MB/s on one core, so one file at a time caps a backup of large files there. The
 * worker reads each file it is given in the sender's chunks (256 KiB, the last one up to the stat's size first) and
 * publishes each chunk's length, CRC32C and the digest state after it ({@link AheadDigest}); the sender checks its
 * own chunks against them ({@link FileDigest}). One thread per session, started with the first file; it stops with
 * the session.
 */
final class DigestAhead implements AutoCloseable {

  private final String name;
  private final BlockingQueue<AheadDigest> queue = new LinkedBlockingQueue<>();
  private final byte[] buffer = new byte[FileDataReader.BUFFER_SIZE];
  private Thread worker;
  private volatile AheadDigest current;
  private volatile boolean closed;

  DigestAhead(String name) {
    this.name = name;
  }

  /** Queues a file; its digest is computed ahead if the worker gets to it before the sender does. */
  AheadDigest submit(FoundFile file, MessageDigest initial) {
    AheadDigest ahead = new AheadDigest(file, initial);
    queue.add(ahead);
    if (worker == null) {
      worker = Thread.ofPlatform().daemon().name(name).start(this::work);
    }
    return ahead;
  }

  private void work() {
    try {
      while (!closed) {
        AheadDigest next = queue.take();
        current = next;
        if (!closed) {
          digest(next);
        }
        current = null;
      }
    } catch (InterruptedException e) {
      // closed
    }
  }

  /**
   * Reads and digests one file until its end, or until the sender takes it over; read errors just stop it. The
   * worker's loop (tests call it on their own thread).
   */
  void digest(AheadDigest ahead) throws InterruptedException {
    FoundFile file = ahead.file();
    long size = file.stat().size();
    try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
      MessageDigest running = ahead.lastState();
      if (running == null) {
        return;
      }
      CRC32C crc = new CRC32C();
      long position = 0;
      while (ahead.awaitRoom()) {
        long left = size - position;
        int n = read(channel, left > 0 ? (int) Math.min(buffer.length, left) : buffer.length);
        if (n <= 0) {
          return;
        }
        position += n;
        crc.reset();
        crc.update(buffer, 0, n);
        running.update(buffer, 0, n);
        if (!ahead.publish((int) crc.getValue(), n, Digests.copy(running))) {
          return;
        }
      }
    } catch (IOException e) {
      // the sender reads the file itself and reports what fails
    }
  }

  /** Fills {@code length} bytes of the buffer or up to the end, as the sender's reads of a regular file. */
  private int read(FileChannel channel, int length) throws IOException {
    ByteBuffer target = ByteBuffer.wrap(buffer, 0, length);
    while (target.hasRemaining()) {
      if (channel.read(target) < 0) {
        break;
      }
    }
    return target.position();
  }

  /** Stops the worker and waits for it. */
  @Override
  public void close() {
    closed = true;
    queue.forEach(AheadDigest::cancel);
    AheadDigest working = current;
    if (working != null) {
      working.cancel();
    }
    if (worker != null) {
      worker.interrupt();
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
