package org.jbareos.filedaemon.restore;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jbareos.filedaemon.backup.JdkDigests;
import org.jbareos.protocol.attributes.Digest;
import org.jbareos.protocol.attributes.DigestAlgorithm;

/**
 * Digests restored files' written bytes on a few threads of their own, so that the thread reading the SD's records
 * only writes files (MD5 runs at about 680 MB/s on one core, slower than the writes). Each file's chunks are
 * digested one after another in the order they were written; different files are digested in parallel. The chunks
 * are the session's own arrays (never changed after they are handed over), so nothing is copied; at most {@code
 * maxQueuedBytes} of them wait at a time ({@link FileDigest#update} blocks until the digests catch up), which bounds
 * the memory. A {@link FileDigest#verify} compares the finished digest with the backup's; mismatches are collected
 * for the session's thread to report ({@link #drainMismatches}), and {@link #awaitAll} waits for every queued chunk
 * and comparison.
 */
final class DigestPool implements AutoCloseable {

  /** A restored file whose digest differs from the backup's. */
  record Mismatch(Path output, Digest restored, Digest backedUp) {}

  private final ExecutorService threads;
  private final Semaphore queuedBytes;
  private final int maxQueuedBytes;
  private final Queue<Mismatch> mismatches = new ConcurrentLinkedQueue<>();
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

  /** Hands the mismatches found so far to {@code sink}, in the order they were found. */
  void drainMismatches(Consumer<Mismatch> sink) {
    for (Mismatch mismatch; (mismatch = mismatches.poll()) != null; ) {
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

    private FileDigest(DigestAlgorithm algorithm, MessageDigest digest) {
      this.algorithm = algorithm;
      this.digest = digest;
    }

    DigestAlgorithm algorithm() {
      return algorithm;
    }

    /** Adds written bytes; {@code data} must not change afterwards. Blocks while too many bytes are queued. */
    void update(byte[] data, int offset, int length) {
      if (length == 0) {
        return;
      }
      int permits = Math.min(length, maxQueuedBytes);
      queuedBytes.acquireUninterruptibly(permits);
      enqueue(() -> {
        try {
          digest.update(data, offset, length);
        } finally {
          queuedBytes.release(permits);
        }
      });
    }

    /** Ends the digest and compares it with the backup's; a mismatch is collected for {@link #drainMismatches}. */
    void verify(Path output, byte[] backedUp) {
      enqueue(() -> {
        Digest restored = new Digest(algorithm, digest.digest());
        Digest expected = new Digest(algorithm, backedUp);
        if (!restored.equals(expected)) {
          mismatches.add(new Mismatch(output, restored, expected));
        }
      });
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
