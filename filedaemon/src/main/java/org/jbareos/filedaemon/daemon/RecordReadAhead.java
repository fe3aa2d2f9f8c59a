package org.jbareos.filedaemon.daemon;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jbareos.filedaemon.backup.BackupRecord;
import org.jbareos.filedaemon.backup.BackupSession;

/**
 * Walks, reads and digests a backup session's records on a thread of its own, a few frames ahead of the thread that
 * writes them to the SD: reading a file and its digest (MD5 runs at about 680 MB/s on one core here) overlap the
 * socket writes instead of taking turns with them. The frames come out in the session's order, so the bytes sent are
 * the same.
 *
 * <p>{@link #next()} hands out, in order, each record's header ({@link Header}), its data frames ({@code byte[]}),
 * {@link #END_OF_RECORD} after them, and {@link #END} after the last record; a failure of the reading thread comes
 * out as its exception. Each data frame is an array of its own (the session copies it out of its read buffer), so
 * it can wait in the queue while the next one is read.
 */
final class RecordReadAhead implements AutoCloseable {

  /** The header frame of a record. */
  record Header(String text) {}

  /** Ends a record's frames: the writer sends an EOD. */
  static final Object END_OF_RECORD = new Object();
  /** After the last record. */
  static final Object END = new Object();

  /** 16 frames of at most 256 KiB: 4 MiB at most waiting. */
  private static final int CAPACITY = 16;
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final BackupSession session;
  private final BooleanSupplier canceled;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final Thread reader;
  private volatile boolean stopped;

  /**
   * Starts reading.
   *
   * @param canceled true once the job is canceled: the reader stops at the next record
   */
  RecordReadAhead(BackupSession session, BooleanSupplier canceled, String jobName) {
    this.session = session;
    this.canceled = canceled;
    this.reader = Thread.ofPlatform().daemon().name("backup read-ahead " + jobName).start(this::read);
  }

  /**
   * The next item: a {@link Header}, a data frame ({@code byte[]}), {@link #END_OF_RECORD} or {@link #END}.
   *
   * @throws RuntimeException what the reading thread failed with
   */
  Object next() throws InterruptedException {
    Object item = queue.take();
    if (item instanceof Failure failure) {
      throw failure.exception();
    }
    return item;
  }

  /** Stops the reader (if it is still reading) and waits for it: the session's counters are final afterwards. */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    queue.clear();
    reader.join(STOP_WAIT);
    if (reader.isAlive()) {
      // blocked in a read (a FIFO without writer): an interrupt closes its channel
      reader.interrupt();
      reader.join(STOP_WAIT);
    }
  }

  private void read() {
    try {
      while (!stopped && !canceled.getAsBoolean() && session.hasNext()) {
        BackupRecord record = session.next();
        put(new Header(record.header().wireText()));
        for (byte[] frame; (frame = record.payload().nextFrame()) != null; ) {
          put(frame);
        }
        put(END_OF_RECORD);
      }
      put(END);
    } catch (Stopped | InterruptedException e) {
      // close() stopped the reader: nobody takes more items
    } catch (RuntimeException e) {
      try {
        put(new Failure(e));
      } catch (Stopped | InterruptedException stoppedMeanwhile) {
        // the writer is gone; it reports its own failure
      }
    }
  }

  private void put(Object item) throws InterruptedException, Stopped {
    while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
      if (stopped) {
        throw new Stopped();
      }
    }
  }

  private record Failure(RuntimeException exception) {}

  private static final class Stopped extends Exception {
    Stopped() {
      super(null, null, false, false);
    }
  }
}
