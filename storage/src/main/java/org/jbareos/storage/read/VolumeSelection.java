package org.jbareos.storage.read;

import java.util.List;
import org.jbareos.protocol.bootstrap.BootstrapVolume;
import org.jbareos.protocol.bootstrap.BsrRange;
import org.jbareos.volume.PositionedRecord;
import org.jbareos.volume.Record;

/**
 * Which records of one volume a bootstrap part selects ({@code stored/bsr.cc:MatchBsr}): data records (labels are
 * never sent to the File Daemon) whose VolSessionId, VolSessionTime and FileIndex lie in the part's ranges and
 * whose block lies in a {@code VolAddr=} range. An empty list of ranges selects everything.
 */
record VolumeSelection(BootstrapVolume part) {

  /** Where reading starts: the first {@code VolAddr=} start, else 0 (the volume label is skipped anyway). */
  long startAddress() {
    return part.volAddrs().stream().mapToLong(BsrRange::first).min().orElse(0);
  }

  /** True once {@code blockAddress} is past every {@code VolAddr=} range: nothing after it can be selected. */
  boolean isPastEnd(long blockAddress) {
    return !part.volAddrs().isEmpty() && part.volAddrs().stream().allMatch(r -> blockAddress > r.last());
  }

  boolean selects(PositionedRecord positioned) {
    Record r = positioned.record();
    return !r.isLabel()
        && matches(part.volSessionIds(), r.volSessionId())
        && matches(part.volSessionTimes(), r.volSessionTime())
        && matches(part.fileIndexes(), r.fileIndex())
        && matches(part.volAddrs(), positioned.blockAddress());
  }

  private static boolean matches(List<BsrRange> ranges, long value) {
    return ranges.isEmpty() || ranges.stream().anyMatch(r -> r.contains(value));
  }
}
