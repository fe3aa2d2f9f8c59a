package org.jbareos.net.tls;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Application data into TLS records, gathered so that records are full. BouncyCastle and JSSE turn every write into
 * at least one record and send each record at once; the framing writes a 4-byte header and then the body of each frame
 * (PROTOCOL.md §1), so unbuffered it would cost a record and a system call per header. This stream fills a
 * record-sized buffer, hands large writes to TLS directly in whole records (no copy), and sends the rest on {@link
 * #flush()}.
 */
final class TlsRecordOutputStream extends OutputStream {

  private final OutputStream records;
  private final byte[] buffer;
  private int count;

  /**
   * @param records the TLS session's own output stream, which makes a record of every write
   * @param recordSize the plaintext limit of one record
   */
  TlsRecordOutputStream(OutputStream records, int recordSize) {
    this.records = records;
    this.buffer = new byte[recordSize];
  }

  @Override
  public synchronized void write(int b) throws IOException {
    if (count == buffer.length) {
      sendBuffer();
    }
    buffer[count++] = (byte) b;
  }

  @Override
  public synchronized void write(byte[] data, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (count > 0) {
      int n = Math.min(length, buffer.length - count);
      System.arraycopy(data, offset, buffer, count, n);
      count += n;
      offset += n;
      length -= n;
      if (count == buffer.length) {
        sendBuffer();
      }
    }
    if (length >= buffer.length) {
      int whole = length - length % buffer.length;
      records.write(data, offset, whole);
      offset += whole;
      length -= whole;
    }
    if (length > 0) {
      System.arraycopy(data, offset, buffer, count, length);
      count += length;
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
