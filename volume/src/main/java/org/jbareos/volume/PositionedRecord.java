package org.jbareos.volume;

/**
 * A record read back from a volume, whole again, with where it starts.
 *
 * @param record the reassembled record
 * @param blockAddress byte offset of the block holding the record's first header
 * @param blockNumber that block's BlockNumber
 * @param headerOffset byte offset of the record's first header in the volume file
 */
public record PositionedRecord(Record record, long blockAddress, long blockNumber, long headerOffset) {}
