package org.jbareos.volume;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Reads and checks blocks at given addresses of a volume file ({@code stored/block.cc:unSerBlockHeader}).
 *
 * <p>Blocks are read through a window of {@link #WINDOW_SIZE} bytes of the file: reading a volume front to back takes
 * one system call per window, not two or three per block. A block larger than the window is read on its own.
 *
 * <p>Every problem is a {@link VolumeFormatException} naming the volume and the block's offset: a header cut off by
 * the end of the file, a magic other than BB01/BB02, a {@code block_len} shorter than the header or longer than
 * {@link BlockHeader#MAX_BLOCK_LENGTH} (checked before anything is allocated), a block longer than what is left of
 * the file, a checksum mismatch. The end of the file exactly at a block boundary is the regular end.
 */
final class BlockReader {
  /** Bytes of the volume read at once: many 64 KiB blocks, or one 1 MiB block (the SD's default size). */
  static final int WINDOW_SIZE = 2 << 20;

  private final FileChannel channel;
  private final String volumeName;
  private final boolean verifyChecksums;
  private final byte[] head = new byte[BlockVersion.BB02.headerLength()];
  private byte[] window; // allocated on the first block read whole
  private long windowStart;
  private int windowLength;

  BlockReader(FileChannel channel, String volumeName, boolean verifyChecksums) {
    this.channel = channel;
    this.volumeName = volumeName;
    this.verifyChecksums = verifyChecksums;
  }

  /** The block at {@code address} with its own bytes, or empty when {@code address} is the end of the file. */
  Optional<Block> readAt(long address) throws IOException {
    return viewAt(address).map(BlockView::toBlock);
  }

  /**
   * The block at {@code address} in place in this reader's buffer (valid until the next read), or empty when {@code
   * address} is the end of the file.
   */
  Optional<BlockView> viewAt(long address) throws IOException {
    long size = channel.size();
    if (address == size) {
      return Optional.empty();
    }
    checkInside(address, size);
    long left = size - address;
    int headLength = (int) Math.min(head.length, left);
    cover(address, headLength, size);
    System.arraycopy(window, (int) (address - windowStart), head, 0, headLength);
    BlockHeader header = checkedHeader(address, left);
    int len = (int) header.blockLength();
    byte[] buf;
    int offset;
    if (len <= WINDOW_SIZE) {
      cover(address, len, size);
      buf = window;
      offset = (int) (address - windowStart);
    } else {
      buf = new byte[len];
      offset = 0;
      readFully(buf, 0, len, address);
    }
    if (verifyChecksums) {
      long calc = BlockHeader.checksumOf(buf, offset, len);
      if (calc != header.checksum()) {
        throw new VolumeFormatException(volumeName, address, String.format(
            "block checksum mismatch in BlockNumber=%d len=%d: calc=%x blk=%x", header.blockNumber(), len, calc,
            header.checksum()));
      }
    }
    return Optional.of(new BlockView(volumeName, address, header, buf, offset, len));
  }

  /** Makes the window hold {@code [address, address + length)}, reading from {@code address} on if it does not. */
  private void cover(long address, int length, long size) throws IOException {
    if (window != null && address >= windowStart && address + length <= windowStart + windowLength) {
      return;
    }
    if (window == null) {
      window = new byte[WINDOW_SIZE];
    }
    windowLength = 0;
    int n = (int) Math.min(WINDOW_SIZE, size - address);
    readFully(window, 0, n, address);
    windowStart = address;
    windowLength = n;
  }

  /**
   * The header of the block at {@code address}, or empty at the end of the file, with every check of {@link
   * #readAt} but the checksum: the block's contents are not read.
   */
  Optional<BlockHeader> headerAt(long address) throws IOException {
    long size = channel.size();
    if (address == size) {
      return Optional.empty();
    }
    checkInside(address, size);
    long left = size - address;
    readFully(head, 0, (int) Math.min(head.length, left), address);
    return Optional.of(checkedHeader(address, left));
  }

  private void checkInside(long address, long size) throws VolumeFormatException {
    if (address < 0 || address > size) {
      throw new VolumeFormatException(volumeName, address, "address outside the volume of " + size + " bytes");
    }
  }

  /** Decodes and checks the header in {@link #head}, which holds the first {@code min(24, left)} bytes. */
  private BlockHeader checkedHeader(long address, long left) throws VolumeFormatException {
    if (left < BlockVersion.BB01.headerLength()) {
      throw new VolumeFormatException(volumeName, address, "truncated block header: only " + left
          + " bytes left at the end of the volume");
    }
    BlockVersion version = BlockHeader.versionOf(head);
    if (version == null) {
      throw new VolumeFormatException(volumeName, address, "bad block magic \"" + BlockHeader.magicText(head)
          + "\", wanted \"BB02\" or \"BB01\" (garbage or not a Bareos volume)");
    }
    if (left < version.headerLength()) {
      throw new VolumeFormatException(volumeName, address, "truncated " + version + " block header: only " + left
          + " bytes left at the end of the volume");
    }
    BlockHeader header = BlockHeader.decode(head, version);
    long len = header.blockLength();
    if (len > BlockHeader.MAX_BLOCK_LENGTH) {
      throw new VolumeFormatException(volumeName, address, "block length " + len + " is insane (over MAX_BLOCK_LENGTH "
          + BlockHeader.MAX_BLOCK_LENGTH + "), probably a damaged volume");
    }
    if (len < version.headerLength()) {
      throw new VolumeFormatException(volumeName, address, "block length " + len + " is shorter than the "
          + version + " header of " + version.headerLength() + " bytes");
    }
    if (len > left) {
      throw new VolumeFormatException(volumeName, address, "truncated block BlockNumber=" + header.blockNumber()
          + ": block_len " + len + " but only " + left + " bytes left in the volume");
    }
    return header;
  }

  private void readFully(byte[] dst, int off, int len, long position) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(dst, off, len);
    long pos = position;
    while (bb.hasRemaining()) {
      int n = channel.read(bb, pos);
      if (n < 0) {
        throw new VolumeFormatException(volumeName, pos, "volume ended while reading (file shrank?)");
      }
      pos += n;
    }
  }
}
