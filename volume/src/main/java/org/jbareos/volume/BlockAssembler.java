package org.jbareos.volume;

import java.util.Arrays;

/**
 * Fills one BB02 block with records for writing (PROTOCOL.md §8, {@code stored/record.cc:WriteRecordToBlock},
 * {@code stored/block.cc:SerBlockHeader}).
 *
 * <p>The spanning rules, exactly as Bareos applies them so that our blocks have the same sizes as theirs:
 * <ul>
 *   <li>A record header needs 12 free bytes; if they are not there, the block is flushed first and the record starts
 *       in the next block with a normal header.</li>
 *   <li>If the header fits but no data byte does (0 bytes left after it), the block is flushed and the next block
 *       starts with a continuation header (Stream negated, {@code data_len} = all remaining bytes). Bareos does this
 *       even for a zero-length record; its reader then sees a second, empty record, ours skips that orphan.</li>
 *   <li>Data that does not fit is cut at the block end; the rest follows in the next block(s), each behind a
 *       continuation header carrying the remaining length.</li>
 * </ul>
 * The block header's VolSessionId/VolSessionTime are those of the last record header written into the block.
 */
final class BlockAssembler {
  private final byte[] buf;
  private int used = BlockVersion.BB02.headerLength();
  private long volSessionId;
  private long volSessionTime;
  private int firstIndex;
  private int lastIndex;

  BlockAssembler(int maxBlockSize) {
    this.buf = new byte[maxBlockSize];
  }

  /** {@code BlockWriteNavail}: free bytes in the block. */
  int available() {
    return buf.length - used;
  }

  /** True when no record header has been written into the block yet. */
  boolean isEmpty() {
    return used == BlockVersion.BB02.headerLength();
  }

  /** {@code CanWriteRecordToBlock}: the whole record (header and data) fits into this block. */
  boolean fitsWhole(Record record) {
    return available() >= RecordHeader.LENGTH + (long) record.data().length;
  }

  /** True when the block holds records and they belong to another session than {@code record}. */
  boolean holdsOtherSession(Record record) {
    return !isEmpty() && (volSessionId != record.volSessionId() || volSessionTime != record.volSessionTime());
  }

  /** Offset where the next header would go, for record addresses. */
  int used() {
    return used;
  }

  /**
   * Writes as much of the record as fits.
   *
   * @return true when the record is complete; false when the block must be flushed and this method called again
   *     with the same {@link SpanningRecord}
   */
  boolean write(SpanningRecord r) {
    while (true) {
      switch (r.state) {
        case NONE -> {
          r.state = SpanningRecord.State.HEADER;
          r.remainder = r.record.data().length;
        }
        case HEADER -> {
          if (available() < RecordHeader.LENGTH) {
            return false;
          }
          putHeader(r, r.record.stream());
          r.headerWritten = true;
          if (available() == 0) {
            r.state = SpanningRecord.State.HEADER_CONT;
            return false;
          }
          r.state = SpanningRecord.State.DATA;
        }
        case HEADER_CONT -> {
          if (r.record.stream() == 0) {
            throw new IllegalArgumentException("a record with Stream 0 cannot span blocks (its continuation header "
                + "would not be negative): " + r.record);
          }
          if (available() < RecordHeader.LENGTH) {
            throw new IllegalStateException("continuation header does not fit into an empty block of "
                + buf.length + " bytes");
          }
          putHeader(r, -r.record.stream());
          r.state = SpanningRecord.State.DATA;
          if (available() == 0) {
            return false;
          }
        }
        case DATA -> {
          if (r.remainder > 0) {
            int n = Math.min(r.remainder, available());
            System.arraycopy(r.record.data(), r.dataOffset(), buf, used, n);
            used += n;
            r.remainder -= n;
            if (r.remainder > 0) {
              r.state = SpanningRecord.State.HEADER_CONT;
              return false;
            }
          }
          r.state = SpanningRecord.State.NONE;
          return true;
        }
      }
    }
  }

  private void putHeader(SpanningRecord r, int stream) {
    Record rec = r.record;
    new RecordHeader(rec.volSessionId(), rec.volSessionTime(), rec.fileIndex(), stream, r.remainder)
        .encodeTo(buf, used);
    used += RecordHeader.LENGTH;
    volSessionId = rec.volSessionId();
    volSessionTime = rec.volSessionTime();
    if (rec.fileIndex() > 0) {
      if (firstIndex == 0) {
        firstIndex = rec.fileIndex();
      }
      lastIndex = rec.fileIndex();
    }
  }

  /**
   * Writes the block header (and the checksum if wanted) into the buffer and describes the block; the bytes are
   * {@link #buffer()}{@code [0, length)} until {@link #reset()}.
   */
  WrittenBlock seal(long address, long blockNumber, boolean checksum) {
    new BlockHeader(0, used, blockNumber, BlockVersion.BB02, volSessionId, volSessionTime).encodeTo(buf);
    long crc = checksum ? BlockHeader.seal(buf, used) : 0;
    return new WrittenBlock(address, blockNumber, used, crc, volSessionId, volSessionTime, firstIndex, lastIndex);
  }

  byte[] buffer() {
    return buf;
  }

  /**
   * The records of this block (after the block header) and their session, for another volume: all of them, or with
   * an {@code unfinished} record those before {@code end}, where its part starts. The block is empty afterwards.
   */
  UnwrittenData takeContent(int end, Record unfinished) {
    int header = BlockVersion.BB02.headerLength();
    byte[] content = Arrays.copyOfRange(buf, header, unfinished == null ? used : Math.max(header, Math.min(end, used)));
    UnwrittenData data = new UnwrittenData(content, volSessionId, volSessionTime, firstIndex, lastIndex, unfinished);
    reset();
    return data;
  }

  /** Puts the records another volume could not take into this empty block. */
  void adopt(UnwrittenData data) {
    if (!isEmpty()) {
      throw new IllegalStateException("the block already holds records");
    }
    if (data.blockContent.length > available()) {
      throw new IllegalArgumentException("the unwritten block of " + data.blockContent.length
          + " bytes does not fit into a block of " + buf.length + " bytes");
    }
    System.arraycopy(data.blockContent, 0, buf, used, data.blockContent.length);
    used += data.blockContent.length;
    volSessionId = data.volSessionId;
    volSessionTime = data.volSessionTime;
    firstIndex = data.firstIndex;
    lastIndex = data.lastIndex;
  }

  /** {@code EmptyBlock}: starts a new block. */
  void reset() {
    used = BlockVersion.BB02.headerLength();
    firstIndex = 0;
    lastIndex = 0;
  }
}
