package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Frames become full TLS records: small writes are gathered, large ones go to TLS in whole records without a copy,
 * and what is left goes out on flush.
 */
class TlsRecordOutputStreamTest {

  private static final int RECORD = 16384;

  /** A TLS session's output stand-in: every write would be one or more records. */
  private static final class RecordingSink extends OutputStream {
    final List<Integer> writes = new ArrayList<>();
    final List<byte[]> arrays = new ArrayList<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int flushes;
    boolean closed;

    @Override
    public void write(int b) {
      throw new AssertionError("single-byte write reached the TLS layer");
    }

    @Override
    public void write(byte[] data, int offset, int length) {
      writes.add(length);
      arrays.add(data);
      bytes.write(data, offset, length);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void headerAndLargeBodyBecomeFullRecordsAndATail() throws IOException {
    RecordingSink sink = new RecordingSink();
    TlsRecordOutputStream out = new TlsRecordOutputStream(sink, RECORD);
    byte[] header = {0, 1, 0, 0};
    byte[] body = new byte[65536];
    new Random(3).nextBytes(body);

    out.write(header);
    out.write(body);
    assertThat(sink.writes).containsExactly(RECORD, 3 * RECORD);
    assertThat(sink.arrays.get(1)).as("the body goes to TLS without a copy").isSameAs(body);
    out.flush();
    assertThat(sink.writes).containsExactly(RECORD, 3 * RECORD, 4);
    assertThat(sink.flushes).isEqualTo(1);

    byte[] expected = new byte[header.length + body.length];
    System.arraycopy(header, 0, expected, 0, header.length);
    System.arraycopy(body, 0, expected, header.length, body.length);
    assertThat(sink.bytes.toByteArray()).isEqualTo(expected);
  }

  @Test
  void smallFramesWaitForFlushAndSingleBytesAreGathered() throws IOException {
    RecordingSink sink = new RecordingSink();
    TlsRecordOutputStream out = new TlsRecordOutputStream(sink, RECORD);
    out.write(new byte[] {0, 0, 0, 3});
    out.write('a');
    out.write('b');
    out.write('c');
    assertThat(sink.writes).isEmpty();
    out.flush();
    assertThat(sink.writes).containsExactly(7);
    out.flush();
    assertThat(sink.writes).as("nothing buffered, nothing sent").containsExactly(7);
  }

  @Test
  void writesThatFillTheBufferExactlySendOneRecord() throws IOException {
    RecordingSink sink = new RecordingSink();
    TlsRecordOutputStream out = new TlsRecordOutputStream(sink, RECORD);
    byte[] half = new byte[RECORD / 2];
    Arrays.fill(half, (byte) 7);
    out.write(half);
    out.write(half);
    assertThat(sink.writes).containsExactly(RECORD);
    out.close();
    assertThat(sink.closed).isTrue();
    assertThat(sink.bytes.size()).isEqualTo(RECORD);
  }
}
