package org.jbareos.director.job;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.catalog.MediaRecord;

/**
 * Bareos's {@code HasVolumeExpired} ({@code dird/next_vol.cc}): an {@code Append} volume that holds jobs is closed
 * when it reached Maximum Volume Bytes ({@code Full}), Maximum Volume Jobs or Files, or its Volume Use Duration
 * ({@code Used}). The Director then updates the volume and logs why, e.g. {@code Max Volume jobs=1 exceeded. Marking
 * Volume "Full-0001" as Used.}
 *
 * @param newStatus the status the volume gets
 * @param message the job log line
 */
record VolumeLimits(String newStatus, String message) {

  static Optional<VolumeLimits> check(MediaRecord mr, LocalDateTime now) {
    if (!"Append".equals(mr.volStatus()) || mr.volJobs() <= 0) {
      return Optional.empty();
    }
    String name = mr.volumeName();
    if (mr.maxVolBytes() > 0 && mr.volBytes() >= mr.maxVolBytes()) {
      return Optional.of(new VolumeLimits("Full", "Max Volume bytes=" + commas(mr.maxVolBytes())
          + " exceeded. Marking Volume \"" + name + "\" as Full."));
    }
    if (mr.maxVolJobs() > 0 && mr.maxVolJobs() <= mr.volJobs()) {
      return Optional.of(new VolumeLimits("Used", "Max Volume jobs=" + commas(mr.maxVolJobs())
          + " exceeded. Marking Volume \"" + name + "\" as Used."));
    }
    if (mr.maxVolFiles() > 0 && mr.maxVolFiles() <= mr.volFiles()) {
      return Optional.of(new VolumeLimits("Used", "Max Volume files=" + commas(mr.maxVolFiles())
          + " exceeded. Marking Volume \"" + name + "\" as Used."));
    }
    if (mr.volUseDuration() > 0 && mr.firstWritten() != null
        && Duration.between(mr.firstWritten(), now).toSeconds() >= mr.volUseDuration()) {
      return Optional.of(new VolumeLimits("Used", "Max configured use duration=" + commas(mr.volUseDuration())
          + " sec. exceeded. Marking Volume \"" + name + "\" as Used."));
    }
    return Optional.empty();
  }

  /** {@code edit_uint64_with_commas}. */
  static String commas(long value) {
    return NumberFormat.getIntegerInstance(Locale.US).format(value);
  }
}
