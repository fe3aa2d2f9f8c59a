package org.jbareos.storage.device;

import org.jbareos.volume.VolumeLabel;

/**
 * What the Storage Daemon writes about itself into a new volume label ({@code stored/label.cc:CreateVolumeLabel}):
 * its host name, program name and version strings (PROTOCOL.md §8, e.g. {@code vm}, {@code bareos-sd}, {@code Ver.
 * 26.0.0~pre1298.eda204c31 21 August 2026}, {@code Build ...}).
 */
public record LabelSource(String hostName, String labelProg, String progVersion, String progDate) {

  /** A VOL_LABEL for a volume labeled now ({@code nowMicros} is both label and write time). */
  public VolumeLabel newLabel(long nowMicros, String volumeName, String poolName, String poolType,
      String mediaType) {
    return VolumeLabel.of(nowMicros, nowMicros, volumeName, poolName, poolType, mediaType, hostName, labelProg,
        progVersion, progDate);
  }
}
