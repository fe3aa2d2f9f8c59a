package org.jbareos.filedaemon.backup;

import java.nio.ByteBuffer;
import java.util.zip.Deflater;

/**
 * Compresses one data chunk into the body of a compressed record: the {@link CompressionHeader} and the compressed
 * bytes ({@code lib/compression.cc CompressData}). Each chunk is compressed on its own and finished ({@code
 * Z_FINISH}, then the stream is reset), so each record can be decompressed alone. GZIP is a zlib stream ({@code
 * deflateInit} + {@code deflateParams(level)}, i.e. with the zlib header and Adler-32), LZ4 a fastlzlib stream.
 */
public final class ChunkCompressor implements AutoCloseable {

  private final Compression compression;
  private final Deflater deflater;

  /**
   * A compressor for one algorithm.
   *
   * @throws IllegalArgumentException for an algorithm this FD does not implement
   */
  public ChunkCompressor(Compression compression) {
    if (!compression.algorithm().implemented()) {
      throw new IllegalArgumentException(
          "compression " + compression.algorithm().displayName() + " is not supported by this File Daemon");
    }
    this.compression = compression;
    this.deflater =
        compression.algorithm() == CompressionAlgorithm.GZIP ? new Deflater(compression.level()) : null;
  }

  /**
   * The compressed chunk with its header, after {@code prefix} free bytes (8 for the sparse offset, else 0).
   */
  public byte[] compress(byte[] data, int offset, int length, int prefix) {
    byte[] body =
        switch (compression.algorithm()) {
          case GZIP -> deflate(data, offset, length);
          case LZ4 -> FastLzBlocks.compress(data, offset, length, false);
          case LZ4HC -> FastLzBlocks.compress(data, offset, length, true);
          default -> throw new IllegalStateException(compression.algorithm() + " was refused by the constructor");
        };
    ByteBuffer out = ByteBuffer.allocate(prefix + CompressionHeader.SIZE + body.length);
    out.position(prefix);
    new CompressionHeader(compression.algorithm().magic(), body.length, compression.level(), CompressionHeader.VERSION)
        .write(out);
    out.put(body);
    return out.array();
  }

  private byte[] deflate(byte[] data, int offset, int length) {
    deflater.reset();
    deflater.setInput(data, offset, length);
    deflater.finish();
    byte[] buffer = new byte[length + length / 1000 + 64];
    int total = 0;
    while (!deflater.finished()) {
      if (total == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
      total += deflater.deflate(buffer, total, buffer.length - total);
    }
    return java.util.Arrays.copyOf(buffer, total);
  }

  @Override
  public void close() {
    if (deflater != null) {
      deflater.end();
    }
  }
}
