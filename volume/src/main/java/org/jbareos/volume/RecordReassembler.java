package org.jbareos.volume;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins record fragments from consecutive blocks into whole records ({@code stored/record.cc:ReadRecordFromBlock},
 * {@code stored/read_record.cc}): one {@link Record} per record the writer was given, however many blocks it spans.
 *
 * <p>Records of concurrent jobs can interleave block by block, so an unfinished record is kept per session
 * (VolSessionId, VolSessionTime) until its continuation arrives. Rules:
 * <ul>
 *   <li>A continuation (negative Stream) must have the unfinished record's Stream and announce exactly the bytes still
 *       missing; anything else is a {@link VolumeFormatException}.</li>
 *   <li>A continuation with nothing unfinished for its session (after a seek into the middle of a record, or the
 *       empty continuation Bareos writes after a zero-length record that ended a block) is skipped and counted.</li>
 *   <li>A new record header while the same session still has an unfinished record is a
 *       {@link VolumeFormatException}: a Bareos writer never does that.</li>
 * </ul>
 * Memory grows with the bytes actually read, never with a length announced in a header beyond {@link
 * #PREALLOCATION_LIMIT}: a record of the File Daemon's (a data frame, at most 1,000,000 bytes) is collected in one
 * array of its size, which becomes the record's data without another copy.
 */
final class RecordReassembler {
  private record SessionKey(long id, long time) {}

  /** The most bytes allocated for an unfinished record ahead of reading them: a File Daemon's frame fits. */
  static final int PREALLOCATION_LIMIT = 1 << 20;

  private static final class Partial {
    final RecordHeader first;
    final long blockAddress;
    final long blockNumber;
    final long headerOffset;
    byte[] data;
    int length;
    long missing;

    Partial(RecordHeader first, long blockAddress, long blockNumber, long headerOffset, int initialCapacity) {
      this.first = first;
      this.blockAddress = blockAddress;
      this.blockNumber = blockNumber;
      this.headerOffset = headerOffset;
      this.missing = first.remaining();
      this.data = new byte[initialCapacity];
    }

    void append(byte[] bytes, int from, int n) {
      if (length + n > data.length) {
        long wanted = Math.max((long) length + n, Math.min((long) data.length * 2, length + missing));
        data = Arrays.copyOf(data, (int) wanted);
      }
      System.arraycopy(bytes, from, data, length, n);
      length += n;
      missing -= n;
    }

    byte[] whole() {
      return length == data.length ? data : Arrays.copyOf(data, length);
    }
  }

  private final Map<SessionKey, Partial> pending = new HashMap<>();
  private long skippedContinuations;

  /** The records completed by this block, in the order their last fragment appears. */
  List<PositionedRecord> accept(BlockView block) throws VolumeFormatException {
    List<PositionedRecord> done = new ArrayList<>();
    byte[] bytes = block.buf();
    for (Block.RecordFragment f : block.fragments()) {
      RecordHeader h = f.header();
      SessionKey key = new SessionKey(h.volSessionId(), h.volSessionTime());
      Partial p = pending.get(key);
      if (h.isContinuation()) {
        if (p == null) {
          skippedContinuations++;
          continue;
        }
        if (p.first.stream() != h.originalStream() || p.first.fileIndex() != h.fileIndex()
            || p.missing != h.remaining()) {
          throw new VolumeFormatException(block.volumeName(), f.offset(), "continuation FileIndex=" + h.fileIndex()
              + " Stream=" + h.stream() + " data_len=" + h.remaining() + " does not continue the unfinished record "
              + "FileIndex=" + p.first.fileIndex() + " Stream=" + p.first.stream() + " missing " + p.missing
              + " bytes");
        }
        p.append(bytes, f.dataStart(), f.dataLength());
        if (p.missing == 0) {
          pending.remove(key);
          done.add(new PositionedRecord(toRecord(p.first, p.whole()), p.blockAddress, p.blockNumber,
              p.headerOffset));
        }
        continue;
      }
      if (p != null) {
        throw new VolumeFormatException(block.volumeName(), f.offset(), "new record FileIndex=" + h.fileIndex()
            + " Stream=" + h.stream() + " while record FileIndex=" + p.first.fileIndex() + " Stream="
            + p.first.stream() + " of the same session still misses " + p.missing + " bytes");
      }
      if (!f.isPartial()) {
        byte[] data = new byte[f.dataLength()];
        System.arraycopy(bytes, f.dataStart(), data, 0, data.length);
        done.add(new PositionedRecord(toRecord(h, data), block.address(), block.blockNumber(), f.offset()));
      } else {
        // one session at a time (the usual volume): the record's whole size at once, so no copy at its end
        int capacity = pending.isEmpty() ? (int) Math.min(h.remaining(), PREALLOCATION_LIMIT) : f.dataLength();
        Partial np = new Partial(h, block.address(), block.blockNumber(), f.offset(),
            Math.max(capacity, f.dataLength()));
        np.append(bytes, f.dataStart(), f.dataLength());
        pending.put(key, np);
      }
    }
    return done;
  }

  private static Record toRecord(RecordHeader h, byte[] data) {
    return new Record(h.volSessionId(), h.volSessionTime(), h.fileIndex(), h.stream(), data);
  }

  /** Forgets unfinished records (after a seek). */
  void clear() {
    pending.clear();
  }

  /** Records begun but not finished so far (at the end of a volume: continued on the next volume, or cut off). */
  int unfinishedRecords() {
    return pending.size();
  }

  /** Continuations skipped because nothing was unfinished for their session. */
  long skippedContinuations() {
    return skippedContinuations;
  }
}
