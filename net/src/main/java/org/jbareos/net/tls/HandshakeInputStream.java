package org.jbareos.net.tls;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;

/**
 * The peer's bytes as TLS reads them, watched so that a failed handshake can say what the peer did: how much it
 * sent, whether it closed, and whether its first bytes looked like TLS at all.
 */
final class HandshakeInputStream extends FilterInputStream {

  /** Content type of a TLS handshake record (RFC 8446 §5.1), the first byte a TLS peer sends. */
  private static final int HANDSHAKE_RECORD = 0x16;

  /** Content type of a TLS alert record, which a TLS peer may send instead. */
  private static final int ALERT_RECORD = 0x15;

  private final byte[] firstBytes = new byte[8];
  private volatile long count;
  private volatile boolean endOfStream;

  /** Read-ahead for a raw socket stream: one system call per 16 KiB record instead of two (5-byte header, body). */
  private static final int READ_AHEAD = 32 * 1024;

  private HandshakeInputStream(InputStream in) {
    super(in);
  }

  /**
   * Watches the TLS session's input. A stream that is not already buffered is buffered, as TLS reads each record
   * header (5 bytes) and body separately. The TLS session owns the stream afterwards: the caller must not read it.
   */
  static HandshakeInputStream over(InputStream in) {
    return new HandshakeInputStream(in instanceof BufferedInputStream ? in : new BufferedInputStream(in, READ_AHEAD));
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      endOfStream = true;
    } else {
      remember(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      endOfStream = true;
    } else {
      remember(buffer, offset, n);
    }
    return n;
  }

  private void remember(byte[] buffer, int offset, int n) {
    long seen = count;
    for (int i = 0; seen + i < firstBytes.length && i < n; i++) {
      firstBytes[(int) seen + i] = buffer[offset + i];
    }
    count = seen + n;
  }

  /** How many bytes the peer sent so far. */
  long bytesRead() {
    return count;
  }

  /** Whether the peer closed its side. */
  boolean reachedEndOfStream() {
    return endOfStream;
  }

  /** Whether the peer sent something, and it did not start like a TLS record. */
  boolean startedWithNonTls() {
    if (count == 0) {
      return false;
    }
    int first = firstBytes[0] & 0xff;
    return first != HANDSHAKE_RECORD && first != ALERT_RECORD;
  }

  /** The first bytes the peer sent, in hex, for messages. */
  String firstBytesHex() {
    int n = (int) Math.min(count, firstBytes.length);
    return HexFormat.ofDelimiter(" ").formatHex(firstBytes, 0, n);
  }
}
