package org.jbareos.volume;

import java.util.ArrayList;
import java.util.List;

/**
 * Which records a {@link VolumeReader} returns: the part of a bootstrap that selects inside a volume
 * ({@code VolSessionId=}, {@code VolSessionTime=}, {@code FileIndex=} ranges). {@code VolAddr=} ranges are served by
 * {@link VolumeReader#seek(long)} and stopping at the range's end.
 *
 * <p>Sessions filter every record, labels included. FileIndex ranges apply to data records (FileIndex &gt; 0) only.
 * Labels are returned when {@link #includeLabels()} is set. Empty lists select everything.
 *
 * @param sessions selected sessions; empty = all
 * @param fileIndexRanges selected FileIndex ranges; empty = all
 * @param includeLabels whether label records (FileIndex &lt; 0) are returned
 */
public record RecordSelection(List<Session> sessions, List<FileIndexRange> fileIndexRanges, boolean includeLabels) {

  /** A job's session on the volume. */
  public record Session(long volSessionId, long volSessionTime) {}

  /** An inclusive FileIndex range, as {@code FileIndex=first-last} in a bootstrap. */
  public record FileIndexRange(int first, int last) {
    public FileIndexRange {
      if (first > last) {
        throw new IllegalArgumentException("FileIndex range " + first + "-" + last + " is empty");
      }
    }

    boolean contains(int fileIndex) {
      return fileIndex >= first && fileIndex <= last;
    }
  }

  public RecordSelection {
    sessions = List.copyOf(sessions);
    fileIndexRanges = List.copyOf(fileIndexRanges);
  }

  /** Every record, labels included. */
  public static RecordSelection all() {
    return new RecordSelection(List.of(), List.of(), true);
  }

  /** This selection restricted to one more session. */
  public RecordSelection withSession(long volSessionId, long volSessionTime) {
    List<Session> s = new ArrayList<>(sessions);
    s.add(new Session(volSessionId, volSessionTime));
    return new RecordSelection(s, fileIndexRanges, includeLabels);
  }

  /** This selection restricted to one more FileIndex range. */
  public RecordSelection withFileIndexes(int first, int last) {
    List<FileIndexRange> r = new ArrayList<>(fileIndexRanges);
    r.add(new FileIndexRange(first, last));
    return new RecordSelection(sessions, r, includeLabels);
  }

  /** This selection with or without label records. */
  public RecordSelection withLabels(boolean labels) {
    return new RecordSelection(sessions, fileIndexRanges, labels);
  }

  /** Whether {@code record} is selected. */
  public boolean test(Record record) {
    if (!sessions.isEmpty()
        && !sessions.contains(new Session(record.volSessionId(), record.volSessionTime()))) {
      return false;
    }
    if (record.isLabel()) {
      return includeLabels;
    }
    if (fileIndexRanges.isEmpty()) {
      return true;
    }
    for (FileIndexRange r : fileIndexRanges) {
      if (r.contains(record.fileIndex())) {
        return true;
      }
    }
    return false;
  }
}
