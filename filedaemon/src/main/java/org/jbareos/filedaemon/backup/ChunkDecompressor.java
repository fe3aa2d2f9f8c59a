package org.jbareos.filedaemon.backup;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses the body of one compressed record ({@code lib/compression.cc DecompressData}): for streams 29/30/31 a
 * {@link CompressionHeader} whose version must be 1 and whose length must be the rest of the record, then zlib or a
 * fastlzlib LZ4 stream; for the old GZIP streams (4, 7, 12) a bare zlib stream. A chunk never inflates beyond {@link
 * #MAX_CHUNK} bytes (the FD reads 256 KiB at a time).
 */
public final class ChunkDecompressor implements AutoCloseable {

  /** The largest chunk a record can hold after decompression (with room for other FDs' buffer sizes). */
  public static final int MAX_CHUNK = 4 * 1024 * 1024;

  private final Inflater inflater = new Inflater();

  /**
   * The uncompressed bytes.
   *
   * @param withHeader true for the streams with a compression header (29, 30, 31), false for 4, 7, 12
   * @throws DataFormatException with Bareos's reason for a bad header or corrupt data
   */
  public byte[] decompress(byte[] data, int offset, int length, boolean withHeader) throws DataFormatException {
    if (!withHeader) {
      return inflate(data, offset, length);
    }
    if (length < CompressionHeader.SIZE) {
      throw new DataFormatException("Compressed header size error. message_length=" + length);
    }
    CompressionHeader header = CompressionHeader.read(ByteBuffer.wrap(data, offset, length));
    if (header.version() != CompressionHeader.VERSION) {
      throw new DataFormatException(
          "Compressed header version error. version=0x" + Integer.toHexString(header.version()));
    }
    if (header.length() + CompressionHeader.SIZE != length) {
      throw new DataFormatException(
          "Compressed header size error. comp_len=" + header.length() + ", message_length=" + length);
    }
    CompressionAlgorithm algorithm = CompressionAlgorithm.fromMagic(header.magic());
    if (algorithm == null || !algorithm.implemented()) {
      throw new DataFormatException(
          "Compression algorithm 0x" + Integer.toHexString(header.magic()) + " found, but not supported!");
    }
    int bodyAt = offset + CompressionHeader.SIZE;
    return algorithm == CompressionAlgorithm.GZIP
        ? inflate(data, bodyAt, header.length())
        : FastLzBlocks.decompress(data, bodyAt, header.length(), MAX_CHUNK);
  }

  private byte[] inflate(byte[] data, int offset, int length) throws DataFormatException {
    inflater.reset();
    inflater.setInput(data, offset, length);
    byte[] out = new byte[Math.max(1024, Math.min(MAX_CHUNK, length * 4))];
    int total = 0;
    while (!inflater.finished()) {
      if (total == out.length) {
        if (out.length >= MAX_CHUNK) {
          throw new DataFormatException("Uncompression error: chunk larger than " + MAX_CHUNK + " bytes");
        }
        out = Arrays.copyOf(out, Math.min(MAX_CHUNK, out.length * 2));
      }
      int n = inflater.inflate(out, total, out.length - total);
      if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new DataFormatException("Uncompression error: the zlib stream is truncated");
      }
      total += n;
    }
    return Arrays.copyOf(out, total);
  }

  @Override
  public void close() {
    inflater.end();
  }
}
