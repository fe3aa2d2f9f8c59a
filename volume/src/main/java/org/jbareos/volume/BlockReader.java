package org.jbareos.volume;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * Reads and checks blocks at given addresses of a volume file ({@code stored/block.cc:unSerBlockHeader}).
 *
 * <p>Every problem is a {@link VolumeFormatException} naming the volume and the block's offset: a header cut off by
 * the end of the file, a magic other than BB01/BB02, a {@code block_len} shorter than the header or longer than
 * {@link BlockHeader#MAX_BLOCK_LENGTH} (checked before anything is allocated), a block longer than what is left of
 * the file, a checksum mismatch. The end of the file exactly at a block boundary is the regular end.
 */
final class BlockReader {
  private final FileChannel channel;
  private final String volumeName;
  private final boolean verifyChecksums;

  BlockReader(FileChannel channel, String volumeName, boolean verifyChecksums) {
    this.channel = channel;
    this.volumeName = volumeName;
    this.verifyChecksums = verifyChecksums;
  }

  /** The block at {@code address}, or empty when {@code address} is the end of the file. */
  Optional<Block> readAt(long address) throws IOException {
    Optional<BlockHeader> found = headerAt(address);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BlockHeader header = found.get();
    int len = (int) header.blockLength();
    byte[] bytes = new byte[len];
    readFully(bytes, 0, len, address);
    if (verifyChecksums) {
      long calc = BlockHeader.checksumOf(bytes, len);
      if (calc != header.checksum()) {
        throw new VolumeFormatException(volumeName, address, String.format(
            "block checksum mismatch in BlockNumber=%d len=%d: calc=%x blk=%x", header.blockNumber(), len, calc,
            header.checksum()));
      }
    }
    return Optional.of(new Block(volumeName, address, header, bytes));
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
    if (address < 0 || address > size) {
      throw new VolumeFormatException(volumeName, address, "address outside the volume of " + size + " bytes");
    }
    long left = size - address;
    byte[] head = new byte[BlockVersion.BB02.headerLength()];
    if (left < BlockVersion.BB01.headerLength()) {
      throw new VolumeFormatException(volumeName, address, "truncated block header: only " + left
          + " bytes left at the end of the volume");
    }
    readFully(head, 0, BlockVersion.BB01.headerLength(), address);
    BlockVersion version = BlockHeader.versionOf(head);
    if (version == null) {
      throw new VolumeFormatException(volumeName, address, "bad block magic \"" + BlockHeader.magicText(head)
          + "\", wanted \"BB02\" or \"BB01\" (garbage or not a Bareos volume)");
    }
    if (left < version.headerLength()) {
      throw new VolumeFormatException(volumeName, address, "truncated " + version + " block header: only " + left
          + " bytes left at the end of the volume");
    }
    if (version == BlockVersion.BB02) {
      readFully(head, 16, 8, address + 16);
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
    return Optional.of(header);
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
