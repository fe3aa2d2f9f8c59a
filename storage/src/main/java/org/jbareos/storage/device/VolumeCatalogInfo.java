package org.jbareos.storage.device;

import org.jbareos.protocol.dirsd.MediaInfoReply;
import org.jbareos.protocol.dirsd.UpdateMediaRequest;

/**
 * What the Storage Daemon knows about a volume from the catalog ({@code VolumeCatalogInfo}, {@code
 * dev->VolCatInfo}): filled from each {@link MediaInfoReply} and changed while the SD labels, mounts and writes the
 * volume; {@link #updateRequest} turns it into the {@code UpdateMedia} catalog request ({@code
 * stored/askdir.cc:DirUpdateVolumeInfo}, PROTOCOL.md §6.2). Owned by one job at a time; not thread-safe.
 */
public final class VolumeCatalogInfo {
  private String volumeName;
  private long volJobs;
  private long volFiles;
  private long volBlocks;
  private long volBytes;
  private long volMounts;
  private long volErrors;
  private long volWrites;
  private long maxVolBytes;
  private String volStatus;
  private int slot;
  private long maxVolJobs;
  private boolean inChanger;
  private long volReadTime;
  private long volWriteTime;
  private long mediaId;

  /** A copy of the catalog's media record. */
  public static VolumeCatalogInfo of(MediaInfoReply reply) {
    VolumeCatalogInfo info = new VolumeCatalogInfo();
    info.refresh(reply);
    return info;
  }

  /** Takes every field from the Director's latest answer, as {@code DoGetVolumeInfo} does. */
  public void refresh(MediaInfoReply reply) {
    volumeName = reply.volumeName();
    volJobs = reply.volJobs();
    volFiles = reply.volFiles();
    volBlocks = reply.volBlocks();
    volBytes = reply.volBytes();
    volMounts = reply.volMounts();
    volErrors = reply.volErrors();
    volWrites = reply.volWrites();
    maxVolBytes = reply.maxVolBytes();
    volStatus = reply.volStatus();
    slot = reply.slot();
    maxVolJobs = reply.maxVolJobs();
    inChanger = reply.inChanger();
    volReadTime = reply.volReadTime();
    volWriteTime = reply.volWriteTime();
    mediaId = reply.mediaId();
  }

  /**
   * The {@code UpdateMedia} request for this state.
   *
   * @param endTime seconds since the epoch ({@code EndTime=}, the time of the update)
   * @param relabel true right after the SD labeled the volume (the Director then sets LabelDate)
   */
  public UpdateMediaRequest updateRequest(String job, long endTime, boolean relabel) {
    return new UpdateMediaRequest(job, volumeName, volJobs, volFiles, volBlocks, volBytes, volMounts, volErrors,
        volWrites, maxVolBytes, endTime, volStatus, slot, relabel, inChanger, volReadTime, volWriteTime, 0);
  }

  /** Counts one written block of {@code length} bytes ({@code VolCatBlocks}, {@code VolCatWrites}, {@code VolCatBytes}). */
  public void blockWritten(long length) {
    volBlocks++;
    volWrites++;
    volBytes += length;
  }

  /**
   * True when the volume must not take more data: {@code Maximum Volume Bytes} reached, or {@code Maximum Volume
   * Jobs} reached by earlier jobs ({@code stored/block.cc:IsUserVolumeSizeReached}, {@code dird/catreq.cc}).
   */
  public boolean isFull() {
    return (maxVolBytes > 0 && volBytes >= maxVolBytes) || (maxVolJobs > 0 && volJobs >= maxVolJobs);
  }

  public String volumeName() {
    return volumeName;
  }

  public long volJobs() {
    return volJobs;
  }

  public long volBlocks() {
    return volBlocks;
  }

  public long volBytes() {
    return volBytes;
  }

  public long volMounts() {
    return volMounts;
  }

  public long maxVolBytes() {
    return maxVolBytes;
  }

  public long maxVolJobs() {
    return maxVolJobs;
  }

  public String volStatus() {
    return volStatus;
  }

  public long mediaId() {
    return mediaId;
  }

  public void setVolStatus(String status) {
    volStatus = status;
  }

  public void setVolBytes(long bytes) {
    volBytes = bytes;
  }

  public void setVolBlocks(long blocks) {
    volBlocks = blocks;
  }

  public void countMount() {
    volMounts++;
  }

  public void countJob() {
    volJobs++;
  }

  public void addWriteTime(long micros) {
    volWriteTime += micros;
  }

  public void addReadTime(long micros) {
    volReadTime += micros;
  }
}
