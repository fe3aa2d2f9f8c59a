package org.jbareos.storage.append;

import java.io.IOException;
import java.util.List;
import org.jbareos.storage.device.MountedVolume;

/**
 * Reserves a device and mounts a volume for an append session when its first record arrives (just-in-time
 * reservation, {@code stored/append.cc:SetupDCR}), and mounts the next volume when one fills up.
 */
public interface VolumeAcquirer {

  /**
   * @throws IOException with the job message text when no device or volume could be made ready
   */
  MountedVolume acquire() throws IOException;

  /**
   * A further volume on the same device after the volumes in {@code full} filled up.
   *
   * @throws IOException with the job message text when no further volume could be made ready
   */
  MountedVolume next(MountedVolume current, List<String> full) throws IOException;
}
