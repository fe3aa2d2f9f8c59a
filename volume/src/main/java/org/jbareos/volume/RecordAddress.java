package org.jbareos.volume;

/**
 * Where a written record went: the block holding its first header and the block holding its last byte. The
 * addresses are byte offsets of block starts in the volume file, the unit of {@code VolAddr=} in a bootstrap and of
 * JobMedia Start/End for disk volumes (PROTOCOL.md §8).
 *
 * @param firstBlockAddress start offset of the block with the record's (first) header
 * @param firstBlockNumber that block's BlockNumber
 * @param lastBlockAddress start offset of the block with the record's last fragment
 * @param lastBlockNumber that block's BlockNumber
 */
public record RecordAddress(long firstBlockAddress, long firstBlockNumber, long lastBlockAddress,
    long lastBlockNumber) {}
