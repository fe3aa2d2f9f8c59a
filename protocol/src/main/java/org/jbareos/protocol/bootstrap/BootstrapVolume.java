package org.jbareos.protocol.bootstrap;

import java.util.List;

/**
 * One volume part of a bootstrap: the lines from {@code Storage=} (or {@code Volume=}) to the next volume
 * (PROTOCOL.md §6.1, {@code dird/bsr.cc:WriteBsr}). The SD starts a new part at each {@code Volume=} line.
 *
 * @param storage the Director's Storage resource (the SD ignores it); may be null
 * @param volume the volume name
 * @param mediaType the media type
 * @param device the device to read with; may be null
 * @param slot the autochanger slot, 0 when none (no {@code Slot=} line)
 * @param fileRegex a {@code FileRegex=} filter; may be null
 * @param volSessionIds the sessions to read
 * @param volSessionTimes their session times
 * @param volAddrs the byte ranges on a disk volume ({@code (file << 32) | block} on tape)
 * @param fileIndexes the file index ranges, one {@code FileIndex=} line each
 * @param count the number of files ({@code Count=}), 0 when the line is absent
 */
public record BootstrapVolume(
    String storage,
    String volume,
    String mediaType,
    String device,
    int slot,
    String fileRegex,
    List<BsrRange> volSessionIds,
    List<BsrRange> volSessionTimes,
    List<BsrRange> volAddrs,
    List<BsrRange> fileIndexes,
    long count) {

  public BootstrapVolume {
    volSessionIds = List.copyOf(volSessionIds);
    volSessionTimes = List.copyOf(volSessionTimes);
    volAddrs = List.copyOf(volAddrs);
    fileIndexes = List.copyOf(fileIndexes);
  }

  /** The lines as the Director writes them, each with its {@code \n}. */
  public List<String> lines() {
    java.util.ArrayList<String> lines = new java.util.ArrayList<>();
    if (storage != null) {
      lines.add("Storage=\"" + storage + "\"\n");
    }
    lines.add("Volume=\"" + volume + "\"\n");
    lines.add("MediaType=\"" + mediaType + "\"\n");
    if (fileRegex != null) {
      lines.add("FileRegex=" + fileRegex + "\n");
    }
    if (device != null) {
      lines.add("Device=\"" + device + "\"\n");
    }
    if (slot > 0) {
      lines.add("Slot=" + slot + "\n");
    }
    volSessionIds.forEach(r -> lines.add("VolSessionId=" + r.text() + "\n"));
    volSessionTimes.forEach(r -> lines.add("VolSessionTime=" + r.text() + "\n"));
    volAddrs.forEach(r -> lines.add("VolAddr=" + r.first() + "-" + r.last() + "\n"));
    fileIndexes.forEach(r -> lines.add("FileIndex=" + r.text() + "\n"));
    if (count > 0) {
      lines.add("Count=" + count + "\n");
    }
    return lines;
  }
}
