package org.jbareos.storage.append;

import java.io.IOException;
import org.jbareos.storage.device.MountedVolume;

/**
 * Reserves a device and mounts a volume for an append session when its first record arrives (just-in-time
 * reservation, {@code stored/append.cc:SetupDCR}).
 */
@FunctionalInterface
public interface VolumeAcquirer {

  /**
   * @throws IOException with the job message text when no device or volume could be made ready
   */
  MountedVolume acquire() throws IOException;
}
