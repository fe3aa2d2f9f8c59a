package org.jbareos.volume;

import java.util.Arrays;

/**
 * One logical record: what the File Daemon sent as one data frame (PROTOCOL.md §7.2), or a label, with the session it
 * belongs to. On the volume it may be split over several blocks; {@link VolumeReader} returns it whole again.
 *
 * <p>The data array is not copied (records of up to a megabyte pass through the Storage Daemon); callers must not
 * change it after handing it over. {@link #equals} compares the data by content.
 *
 * @param volSessionId u32
 * @param volSessionTime u32
 * @param fileIndex FileIndex (&gt; 0 data, &lt; 0 label, see {@link LabelType})
 * @param stream Stream (positive; for labels the JobId or 0)
 * @param data the record's data bytes
 */
public record Record(long volSessionId, long volSessionTime, int fileIndex, int stream, byte[] data) {

  public Record {
    BlockHeader.requireU32(volSessionId, "volSessionId");
    BlockHeader.requireU32(volSessionTime, "volSessionTime");
    if (stream < 0) {
      throw new IllegalArgumentException("stream must not be negative (negative marks a continuation): " + stream);
    }
    if (data == null) {
      throw new IllegalArgumentException("data is null");
    }
  }

  /** True for label records (FileIndex &lt; 0). */
  public boolean isLabel() {
    return fileIndex < 0;
  }

  /** {@code data.length}. */
  public int length() {
    return data.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Record r && r.volSessionId == volSessionId && r.volSessionTime == volSessionTime
        && r.fileIndex == fileIndex && r.stream == stream && Arrays.equals(r.data, data);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(volSessionId) * 31 + fileIndex * 17 + stream + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "Record[VolSessionId=" + volSessionId + ", VolSessionTime=" + volSessionTime + ", FileIndex=" + fileIndex
        + ", Stream=" + stream + ", length=" + data.length + "]";
  }
}
