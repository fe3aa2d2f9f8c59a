package org.jbareos.storage.device;

import java.io.IOException;

/**
 * No volume could be made ready on a device: the Director has no appendable volume, the volume cannot be labeled
 * ({@code Label Media = no}), or the volume file does not match the catalog. The message is the job message text
 * the SD reports as fatal.
 */
public final class MountException extends IOException {
  public MountException(String message) {
    super(message);
  }

  public MountException(String message, Throwable cause) {
    super(message, cause);
  }
}
