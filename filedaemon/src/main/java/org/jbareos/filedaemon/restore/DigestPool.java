package org.jbareos.filedaemon.restore;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jbareos.filedaemon.backup.JdkDigests;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * Digests restored files' written bytes on a few threads of their own, so that the thread reading the SD's records
 * only writes files (MD5 runs at about 680 MB/s on one core, slower than the writes). Each file's chunks are
 * digested one after another in the order they were written; different files are digested in parallel. The chunks
 * are the session's own arrays (never changed after they are handed over), so nothing is copied; at most {@code
 * maxQueuedBytes} of them wait at a time, which bounds the memory. When that much waits, a chunk that can be read
 * back from its file ({@link ReadBack}) is digested from the file instead, once it is written (from the page cache,
 * still warm), so the session goes on to the next file and a second thread digests that one (MD5 of one file cannot
 * be split); other chunks wait until the digests catch up. A {@link FileDigest#verify} compares the finished digest with the backup's; mismatches are collected
 * for the session's thread to report ({@link #drainMismatches}), and {@link #awaitAll} waits for every queued chunk
 * and comparison.
 */
final class DigestPool implements AutoCloseable {

  /** A restored file whose digest differs from the backup's. */
  record Mismatch(Path output, Digest restored, Digest backedUp) {}

  /** A restored file whose written bytes could not be read back for its digest. */
  record ReadBackFailed(Path output, DigestAlgorithm algorithm, IOException cause) {}

  /**
   * Where a chunk can be read back from once it is written: the file {@code open} gives (called when the chunk is
   * handed over, so a later file of the same name is not read), at {@code position}; {@code written} completes when
   * the write is done.
   */
  record ReadBack(Callable<FileChannel> open, long position, CompletableFuture<Void> written) {}

  /** A chunk to read back from an open file. */
  private record OpenReadBack(FileChannel file, long position, CompletableFuture<Void> written) {}

  private final ExecutorService threads;
  private final Semaphore queuedBytes;
  private final int maxQueuedBytes;
  private final Queue<Record> mismatches = new ConcurrentLinkedQueue<>();
  private final PendingWork unfinished = new PendingWork();

  /**
   * A pool.
   *
   * @param threadCount the digesting threads
   * @param maxQueuedBytes the most chunk bytes waiting to be digested at a time
   */
  DigestPool(int threadCount, int maxQueuedBytes) {
    this.threads = Executors.newFixedThreadPool(threadCount,
        Thread.ofPlatform().daemon().name("restore digest ", 1).factory());
    this.maxQueuedBytes = maxQueuedBytes;
    this.queuedBytes = new Semaphore(maxQueuedBytes);
  }

  /** A pool with one thread per core, at most two, and 32 MiB of queued chunks. */
  static DigestPool forThisMachine() {
    return new DigestPool(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), 32 << 20);
  }

  /** A new digest of one file's written bytes. */
  FileDigest start(DigestAlgorithm algorithm) {
    return new FileDigest(algorithm, JdkDigests.create(algorithm));
  }

  /**
   * Hands the mismatches ({@link Mismatch}) and read-back failures ({@link ReadBackFailed}) found so far to {@code
   * sink}, in the order they were found.
   */
  void drainMismatches(Consumer<Record> sink) {
    for (Record mismatch; (mismatch = mismatches.poll()) != null; ) {
      sink.accept(mismatch);
    }
  }

  /** Waits until every chunk and comparison queued so far is done. */
  void awaitAll() {
    unfinished.awaitNone();
  }

  /** Stops the threads once the queued work is done (it does not wait). */
  @Override
  public void close() {
    threads.shutdown();
  }

  /**
   * One file's running digest. Its work items run one at a time, in order, on whichever pool thread is free (a
   * serial queue: the thread that makes the queue non-empty schedules it).
   */
  final class FileDigest implements Runnable {

    private final DigestAlgorithm algorithm;
    private final MessageDigest digest;
    private final Queue<Runnable> work = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    /** The first read-back failure (then the digest is not compared); only touched by the queue's items. */
    private IOException readBackFailure;

    private FileDigest(DigestAlgorithm algorithm, MessageDigest digest) {
      this.algorithm = algorithm;
      this.digest = digest;
    }

    DigestAlgorithm algorithm() {
      return algorithm;
    }

    /** Adds written bytes; {@code data} must not change afterwards. Blocks while too many bytes are queued. */
    void update(byte[] data, int offset, int length) {
      update(data, offset, length, null);
    }

    /**
     * Adds written bytes; {@code data} must not change afterwards. While too many bytes are queued, the chunk is read
     * back from {@code readBack} when there is one, else this blocks until the digests catch up.
     */
    void update(byte[] data, int offset, int length, ReadBack readBack) {
      if (length == 0) {
        return;
      }
      int permits = Math.min(length, maxQueuedBytes);
      if (readBack == null) {
        queuedBytes.acquireUninterruptibly(permits);
      } else if (!queuedBytes.tryAcquire(permits)) {
        FileChannel file;
        try {
          file = readBack.open().call();
        } catch (Exception e) {
          file = null;
        }
        if (file != null) {
          OpenReadBack from = new OpenReadBack(file, readBack.position(), readBack.written());
          enqueue(() -> readBack(from, length));
          return;
        }
        queuedBytes.acquireUninterruptibly(permits); // it cannot be read back: the chunk waits in memory
      }
      enqueue(() -> {
        try {
          digest.update(data, offset, length);
        } finally {
          queuedBytes.release(permits);
        }
      });
    }

    private void readBack(OpenReadBack from, int length) {
      if (readBackFailure != null) {
        return;
      }
      from.written().join();
      ByteBuffer buffer = ByteBuffer.allocate(Math.min(length, 256 * 1024));
      long at = from.position();
      long end = at + length;
      try {
        while (at < end) {
          buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
          int n = from.file().read(buffer, at);
          if (n < 0) {
            throw new EOFException("the file ends at " + at + ", before the " + length + " bytes written at "
                + from.position());
          }
          digest.update(buffer.array(), 0, n);
          at += n;
        }
      } catch (IOException e) {
        readBackFailure = e;
      }
    }

    /**
     * Ends the digest and compares it with the backup's, unless {@code skip} says by then that the file failed
     * otherwise; a mismatch is collected for {@link #drainMismatches}.
     */
    void verify(Path output, byte[] backedUp, BooleanSupplier skip) {
      enqueue(() -> {
        if (skip.getAsBoolean()) {
          return;
        }
        if (readBackFailure != null) {
          mismatches.add(new ReadBackFailed(output, algorithm, readBackFailure));
          return;
        }
        Digest restored = new Digest(algorithm, digest.digest());
        Digest expected = new Digest(algorithm, backedUp);
        if (!restored.equals(expected)) {
          mismatches.add(new Mismatch(output, restored, expected));
        }
      });
    }

    /** Runs {@code last} after every item queued so far for this file (to close what the file's items used). */
    void then(Runnable last) {
      enqueue(last);
    }

    private void enqueue(Runnable item) {
      unfinished.add();
      work.add(item);
      if (pending.getAndIncrement() == 0) {
        threads.execute(this);
      }
    }

    @Override
    public void run() {
      do {
        try {
          work.poll().run();
        } catch (RuntimeException e) {
          // cannot happen with the JDK's digests; the queue must go on, else awaitAll would wait for ever
        } finally {
          unfinished.done();
        }
      } while (pending.decrementAndGet() != 0);
    }
  }
}
