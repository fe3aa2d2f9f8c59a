package org.jbareos.volume;

/**
 * Write-side progress of one {@link Record} through blocks: the state machine of
 * {@code stored/record.cc:WriteRecordToBlock} ({@code st_none -> st_header -> st_data}, and
 * {@code st_header_cont} after a block was flushed in the middle of the record).
 */
final class SpanningRecord {
  enum State { NONE, HEADER, HEADER_CONT, DATA }

  final Record record;
  State state = State.NONE;
  /** {@code rec->remainder}: data bytes not yet copied into a block. */
  int remainder;
  /** Set once the first header is in a block. */
  boolean headerWritten;

  SpanningRecord(Record record) {
    this.record = record;
  }

  /** Offset of the first data byte not yet written. */
  int dataOffset() {
    return record.data().length - remainder;
  }
}
