package org.jbareos.catalog;

import java.util.Objects;

/**
 * The values of the SD's {@code CatReq Job=... UpdateMedia VolName=%s VolJobs=%u VolFiles=%u VolBlocks=%u
 * VolBytes=%s VolMounts=%u VolErrors=%u VolWrites=%u MaxVolBytes=%s EndTime=%s VolStatus=%s Slot=%d relabel=%d
 * InChanger=%d VolReadTime=%s VolWriteTime=%s VolFirstWritten=%s} (PROTOCOL.md §6.2, 18 fields). Times are Unix
 * seconds as sent; {@code endTime} is the volume's last write.
 */
public record VolumeUpdate(
    String volumeName,
    long volJobs,
    long volFiles,
    long volBlocks,
    long volBytes,
    long volMounts,
    long volErrors,
    long volWrites,
    long maxVolBytes,
    long endTime,
    String volStatus,
    long slot,
    boolean relabel,
    int inChanger,
    long volReadTime,
    long volWriteTime,
    long volFirstWritten) {
  public VolumeUpdate {
    Objects.requireNonNull(volumeName, "volumeName");
    Objects.requireNonNull(volStatus, "volStatus");
  }
}
