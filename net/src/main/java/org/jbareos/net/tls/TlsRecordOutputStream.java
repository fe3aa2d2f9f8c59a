package org.jbareos.net.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Application data into TLS records, gathered so that records are full. BouncyCastle and JSSE turn every write into
 * at least one record and send each record at once; the framing writes a 4-byte header and then the body of each frame
 * (PROTOCOL.md §1), so unbuffered it would cost a record and a system call per header. This stream fills a
 * record-sized buffer, hands large writes to TLS directly in whole records (no copy), and sends the rest on {@link
 * #flush()}.
 */
final class TlsRecordOutputStream extends OutputStream {

  /** What a connection that only ever sends small frames needs (an idle client initiated connection, issue 5). */
  private static final int INITIAL_BUFFER = 256;

  private final OutputStream records;
  private final int recordSize;
  /** Grows to {@link #recordSize} when a connection sends more; most waiting connections never do. */
  private byte[] buffer;
  private int count;

  /**
   * @param records the TLS session's own output stream, which makes a record of every write
   * @param recordSize the plaintext limit of one record
   */
  TlsRecordOutputStream(OutputStream records, int recordSize) {
    this.records = records;
    this.recordSize = recordSize;
    this.buffer = new byte[Math.min(INITIAL_BUFFER, recordSize)];
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (count == recordSize) {
      sendBuffer();
    }
    ensureCapacity(count + 1);
    buffer[count++] = (byte) b;
  }

  @Override
  public synchronized void write(byte[] data, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (count > 0) {
      int n = Math.min(length, recordSize - count);
      ensureCapacity(count + n);
      System.arraycopy(data, offset, buffer, count, n);
      count += n;
      offset += n;
      length -= n;
      if (count == recordSize) {
        sendBuffer();
      }
    }
    if (length >= recordSize) {
      int whole = length - length % recordSize;
      records.write(data, offset, whole);
      offset += whole;
      length -= whole;
    }
    if (length > 0) {
      ensureCapacity(count + length);
      System.arraycopy(data, offset, buffer, count, length);
      count += length;
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.min(recordSize, Math.max(needed, buffer.length * 2)));
    }
  }

  /** Sends what is buffered as one record. */
  @Override
  public synchronized void flush() throws IOException {
    sendBuffer();
    records.flush();
  }

  /** Sends what is buffered and closes the TLS session (close_notify) and the socket under it. */
  @Override
  public synchronized void close() throws IOException {
    try {
      sendBuffer();
    } finally {
      records.close();
    }
  }

  private void sendBuffer() throws IOException {
    if (count > 0) {
      int n = count;
      count = 0;
      records.write(buffer, 0, n);
    }
  }
}
