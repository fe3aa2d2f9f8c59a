package org.jbareos.protocol.dirsd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's attribute update to the Director: text, then a binary header, then the record as the FD sent it
 * (PROTOCOL.md §6.2; {@code stored/askdir.cc FileAttributes}, read by {@code dird/catreq.cc:CatalogUpdate}):
 *
 * <pre>
 * "UpdCat Job=&lt;job&gt; FileAttributes "            text, with the trailing space
 * +----------------+----------------+-----------+--------+----------+
 * | VolSessionId   | VolSessionTime | FileIndex | Stream | data_len |  big-endian, 4 bytes each
 * | u32            | u32            | i32       | i32    | u32      |
 * +----------------+----------------+-----------+--------+----------+
 * data_len bytes: the record payload (attributes with NULs, a binary digest, a restore object)
 * </pre>
 *
 * No reply. Sent for the attribute streams (1, 5, 28) and the digest streams.
 */
public record FileAttributesUpdate(
    String job, long volSessionId, long volSessionTime, int fileIndex, int stream, byte[] data) {
  private static final String PREFIX = "UpdCat Job=";
  private static final String SUFFIX = " FileAttributes ";
  private static final int HEADER = 20;

  public FileAttributesUpdate {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The frame payload. */
  public byte[] toWire() {
    byte[] text = (PREFIX + job + SUFFIX).getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(text.length + HEADER + data.length)
        .put(text)
        .putInt((int) volSessionId)
        .putInt((int) volSessionTime)
        .putInt(fileIndex)
        .putInt(stream)
        .putInt(data.length)
        .put(data)
        .array();
  }

  /**
   * Reads an UpdCat frame as the Director does: the binary header starts one byte after the word {@code
   * FileAttributes}.
   */
  public static FileAttributesUpdate parse(byte[] payload) throws ProtocolException {
    String head = new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.ISO_8859_1);
    if (!head.startsWith(PREFIX)) {
      throw new ProtocolException("UpdCat: expected \"" + PREFIX + "\", got \"" + WireFormat.printable(head) + "\"");
    }
    int jobEnd = head.indexOf(' ', PREFIX.length());
    if (jobEnd < 0 || !head.startsWith(SUFFIX, jobEnd)) {
      throw new ProtocolException(
          "UpdCat: expected \"" + SUFFIX + "\" after the job name in \"" + WireFormat.printable(head) + "\"");
    }
    int at = jobEnd + SUFFIX.length();
    if (payload.length < at + HEADER) {
      throw new ProtocolException("UpdCat: the binary record header is cut short (" + payload.length + " bytes)");
    }
    ByteBuffer buffer = ByteBuffer.wrap(payload, at, payload.length - at);
    long volSessionId = Integer.toUnsignedLong(buffer.getInt());
    long volSessionTime = Integer.toUnsignedLong(buffer.getInt());
    int fileIndex = buffer.getInt();
    int stream = buffer.getInt();
    long length = Integer.toUnsignedLong(buffer.getInt());
    if (length != buffer.remaining()) {
      throw new ProtocolException(
          "UpdCat: data_len says " + length + " bytes, the frame holds " + buffer.remaining());
    }
    byte[] data = new byte[(int) length];
    buffer.get(data);
    String job = new String(payload, PREFIX.length(), jobEnd - PREFIX.length(), StandardCharsets.UTF_8);
    return new FileAttributesUpdate(job, volSessionId, volSessionTime, fileIndex, stream, data);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileAttributesUpdate u
        && job.equals(u.job)
        && volSessionId == u.volSessionId
        && volSessionTime == u.volSessionTime
        && fileIndex == u.fileIndex
        && stream == u.stream
        && Arrays.equals(data, u.data);
  }

  @Override
  public int hashCode() {
    return job.hashCode() * 31 + fileIndex * 7 + stream + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "UpdCat[job=" + job + ", session=" + volSessionId + "/" + volSessionTime + ", FileIndex=" + fileIndex
        + ", Stream=" + stream + ", " + data.length + " bytes]";
  }
}
