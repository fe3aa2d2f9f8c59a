package org.jbareos.volume;

import java.util.List;

/**
 * A block as {@link BlockReader} read it, in place in the reader's buffer: {@code buf[offset, offset + length)}.
 * Valid until the reader's next read; {@link #toBlock()} keeps a copy.
 */
record BlockView(String volumeName, long address, BlockHeader header, byte[] buf, int offset, int length) {

  long blockNumber() {
    return header.blockNumber();
  }

  /** {@link Block#fragments()}; data starts are indexes into {@link #buf()}. */
  List<Block.RecordFragment> fragments() throws VolumeFormatException {
    return Block.fragments(volumeName, address, header, buf, offset, length);
  }

  /** A {@link Block} with its own copy of the bytes. */
  Block toBlock() {
    byte[] bytes = new byte[length];
    System.arraycopy(buf, offset, bytes, 0, length);
    return new Block(volumeName, address, header, bytes);
  }
}
