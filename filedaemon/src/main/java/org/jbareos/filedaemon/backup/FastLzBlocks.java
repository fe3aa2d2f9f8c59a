package org.jbareos.filedaemon.backup;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * The fastlzlib stream that Bareos's {@code Zf4}/{@code Zfh} compression produces ({@code
 * core/src/fastlz/src/fastlzlib.c}; one stream per chunk, finished with {@code Z_FINISH}): blocks of at most 256 KiB,
 * each behind a 16-byte header, then an end marker (a header with both sizes 0):
 *
 * <pre>
 * +---------------------+------+------------+------------+----------------+
 * | "FastLZ\0" (7 bytes)| type | compressed | original   | block data ... |
 * |                     | u8   | u32 LE     | u32 LE     |                |
 * +---------------------+------+------------+------------+----------------+
 * type = 0xC0 (LZ4 block) or 0x10 (stored) + log2(block size) - 10, i.e. 0xC8 / 0x18 for 256 KiB
 * </pre>
 *
 * A block of at most 64 bytes, or one that LZ4 does not shrink, is stored. The LZ4 data is the LZ4 block format
 * ({@code LZ4_compress}, {@code LZ4_compressHC}, read with {@code LZ4_decompress_safe}).
 */
final class FastLzBlocks {

  private static final byte[] MAGIC = {'F', 'a', 's', 't', 'L', 'Z', 0};
  private static final int HEADER_SIZE = 16;
  private static final int BLOCK_SIZE = 262144;
  private static final int BLOCK_POWER = 8;
  private static final int TYPE_RAW = 0x10;
  private static final int TYPE_COMPRESSED = 0xc0;
  private static final int MIN_BLOCK_SIZE = 64;
  private static final LZ4Factory LZ4 = LZ4Factory.fastestJavaInstance();

  private FastLzBlocks() {}

  /** Compresses bytes into a finished fastlzlib stream. */
  static byte[] compress(byte[] data, int offset, int length, boolean highCompression) {
    LZ4Compressor compressor = highCompression ? LZ4.highCompressor() : LZ4.fastCompressor();
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + HEADER_SIZE * 2 + 64);
    byte[] packed = new byte[compressor.maxCompressedLength(Math.min(length, BLOCK_SIZE))];
    for (int at = offset; at < offset + length; at += BLOCK_SIZE) {
      int blockLength = Math.min(BLOCK_SIZE, offset + length - at);
      int done = blockLength > MIN_BLOCK_SIZE ? compressor.compress(data, at, blockLength, packed, 0) : blockLength;
      if (blockLength > MIN_BLOCK_SIZE && done < blockLength) {
        header(out, TYPE_COMPRESSED, done, blockLength);
        out.write(packed, 0, done);
      } else {
        header(out, TYPE_RAW, blockLength, blockLength);
        out.write(data, at, blockLength);
      }
    }
    header(out, TYPE_COMPRESSED, 0, 0);
    return out.toByteArray();
  }

  /** Reads a fastlzlib stream back; {@code limit} bounds the output (a corrupt stream cannot blow up memory). */
  static byte[] decompress(byte[] data, int offset, int length, int limit) throws DataFormatException {
    LZ4SafeDecompressor decompressor = LZ4.safeDecompressor();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, BLOCK_SIZE));
    ByteBuffer in = ByteBuffer.wrap(data, offset, length).order(ByteOrder.LITTLE_ENDIAN);
    while (true) {
      if (in.remaining() < HEADER_SIZE) {
        throw new DataFormatException("fastlz stream ends without its end marker");
      }
      byte[] magic = new byte[MAGIC.length];
      in.get(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new DataFormatException("corrupted compressed stream (bad magic)");
      }
      int type = in.get() & 0xf0;
      int compressed = in.getInt();
      int original = in.getInt();
      if (compressed == 0 && original == 0) {
        return out.toByteArray();
      }
      if (compressed < 0 || original < 0 || compressed > in.remaining() || out.size() + original > limit) {
        throw new DataFormatException("corrupted compressed stream (illegal block size)");
      }
      int at = in.position();
      in.position(at + compressed);
      if (type == TYPE_RAW) {
        out.write(data, at, compressed);
      } else if (type == TYPE_COMPRESSED) {
        byte[] block = new byte[original];
        try {
          int n = decompressor.decompress(data, at, compressed, block, 0, original);
          out.write(block, 0, n);
        } catch (LZ4Exception e) {
          throw new DataFormatException("corrupted LZ4 block: " + e.getMessage());
        }
      } else {
        throw new DataFormatException("corrupted compressed stream (illegal block type)");
      }
    }
  }

  private static void header(ByteArrayOutputStream out, int type, int compressed, int original) {
    ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
    header.put(MAGIC).put((byte) (type + BLOCK_POWER)).putInt(compressed).putInt(original);
    out.write(header.array(), 0, HEADER_SIZE);
  }
}
