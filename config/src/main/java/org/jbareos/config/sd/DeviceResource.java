package org.jbareos.config.sd;

import org.jbareos.config.schema.Resource;

/**
 * A Device. For a File device {@code archiveDevice} is the directory holding the volume files.
 * Capability flags not listed here: {@code resource().get(DeviceDirectives.X)}.
 */
public record DeviceResource(String name, String mediaType, String deviceType,
    String archiveDevice, boolean labelMedia, boolean randomAccess, boolean automaticMount,
    boolean removableMedia, boolean alwaysOpen, boolean autochanger, int maximumConcurrentJobs,
    Long maximumBlockSize, Long maximumVolumeSize, Long maximumFileSize, String accessMode,
    Resource resource) {

  public static DeviceResource of(Resource r) {
    return new DeviceResource(r.name(), r.get(DeviceDirectives.MEDIA_TYPE),
        r.get(DeviceDirectives.DEVICE_TYPE), r.get(DeviceDirectives.ARCHIVE_DEVICE),
        r.get(DeviceDirectives.LABEL_MEDIA), r.get(DeviceDirectives.RANDOM_ACCESS),
        r.get(DeviceDirectives.AUTOMATIC_MOUNT), r.get(DeviceDirectives.REMOVABLE_MEDIA),
        r.get(DeviceDirectives.ALWAYS_OPEN), r.get(DeviceDirectives.AUTOCHANGER),
        r.get(DeviceDirectives.MAXIMUM_CONCURRENT_JOBS), r.get(DeviceDirectives.MAXIMUM_BLOCK_SIZE),
        r.get(DeviceDirectives.VOLUME_CAPACITY), r.get(DeviceDirectives.MAXIMUM_FILE_SIZE),
        r.get(DeviceDirectives.ACCESS_MODE), r);
  }
}
