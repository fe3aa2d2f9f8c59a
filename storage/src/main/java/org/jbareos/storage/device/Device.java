package org.jbareos.storage.device;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.config.sd.DeviceResource;
import org.jbareos.volume.VolumeWriter;

/**
 * A File device of the Storage Daemon's configuration: a directory ({@code Archive Device}) that holds one file per
 * volume (PROTOCOL.md §8), with its {@code Media Type}, {@code Maximum Block Size} and whether the SD may label new
 * volumes on it ({@code Label Media}) and mount them without an operator ({@code Automatic Mount}).
 *
 * <p>A device serves one job at a time: {@link #reserve(String)} takes it for a job and {@link #release(String)}
 * gives it back ({@code stored/reserve.cc:ReserveDevice}; the conformance config has {@code Maximum Concurrent Jobs =
 * 1}, and a {@link VolumeWriter} is not shared between jobs).
 */
public final class Device {
  private final String name;
  private final String mediaType;
  private final Path archiveDirectory;
  private final int maximumBlockSize;
  private final boolean labelMedia;
  private final boolean automaticMount;
  private String reservedBy; // guarded by this
  private boolean reservedForReading; // guarded by this

  /**
   * @param maximumBlockSize the block size for data blocks; 0 means Bareos' {@code DEFAULT_BLOCK_SIZE} 64,512
   */
  public Device(String name, String mediaType, Path archiveDirectory, long maximumBlockSize, boolean labelMedia,
      boolean automaticMount) {
    this.name = Objects.requireNonNull(name, "name");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.archiveDirectory = Objects.requireNonNull(archiveDirectory, "archiveDirectory");
    this.maximumBlockSize = maximumBlockSize == 0 ? VolumeWriter.DEFAULT_BLOCK_SIZE : Math.toIntExact(maximumBlockSize);
    this.labelMedia = labelMedia;
    this.automaticMount = automaticMount;
  }

  /** The device of a {@code Device} resource; its {@code Archive Device} is the volume directory. */
  public static Device of(DeviceResource resource) {
    Long blockSize = resource.maximumBlockSize();
    return new Device(resource.name(), resource.mediaType(), Path.of(resource.archiveDevice()),
        blockSize == null ? 1_048_576 : blockSize, resource.labelMedia(), resource.automaticMount());
  }

  public String name() {
    return name;
  }

  public String mediaType() {
    return mediaType;
  }

  public Path archiveDirectory() {
    return archiveDirectory;
  }

  public int maximumBlockSize() {
    return maximumBlockSize;
  }

  public boolean labelMedia() {
    return labelMedia;
  }

  public boolean automaticMount() {
    return automaticMount;
  }

  /** The volume file of {@code volumeName}: {@code <Archive Device>/<VolumeName>}. */
  public Path volumeFile(String volumeName) {
    return archiveDirectory.resolve(volumeName);
  }

  /**
   * How Bareos names a device in job messages ({@code Device::print_name}): {@code "FileStorage"
   * (/srv/bareos-test/storage)}, as in {@code Using Device "FileStorage" (/srv/bareos-test/storage) to write.}
   */
  public String printName() {
    return "\"" + name + "\" (" + archiveDirectory + ")";
  }

  /**
   * Takes the device for {@code job}, to write ({@code append}) or to read; false when another job holds it.
   * Reserving it again for the same job only records what it does now.
   */
  public synchronized boolean reserve(String job, boolean append) {
    if (reservedBy != null && !reservedBy.equals(job)) {
      return false;
    }
    reservedBy = job;
    reservedForReading = !append;
    return true;
  }

  /** Gives the device back if {@code job} holds it. */
  public synchronized void release(String job) {
    if (job.equals(reservedBy)) {
      reservedBy = null;
    }
  }

  /** The job that holds the device, if any. */
  public synchronized Optional<String> reservedBy() {
    return Optional.ofNullable(reservedBy);
  }

  /** Whether the job holding the device reads from it (false when it writes, or none holds it). */
  public synchronized boolean heldForReading() {
    return reservedBy != null && reservedForReading;
  }

  @Override
  public String toString() {
    return "Device[" + name + ", " + mediaType + ", " + archiveDirectory + "]";
  }
}
