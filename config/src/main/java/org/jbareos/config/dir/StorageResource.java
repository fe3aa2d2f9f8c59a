package org.jbareos.config.dir;

import java.time.Duration;
import java.util.List;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/**
 * A Storage Daemon as the Director sees it. {@code devices} are Device names in the Storage
 * Daemon's configuration (sent in {@code use storage ... device=}), not Director resources.
 */
public record StorageResource(String name, String address, int port, Password password,
    List<String> devices, String mediaType, int maximumConcurrentJobs, boolean autochanger,
    Duration heartbeatInterval, boolean enabled, String pairedStorage, TlsSettings tls,
    Resource resource) {

  public static StorageResource of(Resource r) {
    return new StorageResource(r.name(), r.get(StorageDirectives.ADDRESS),
        r.get(StorageDirectives.PORT), r.get(StorageDirectives.PASSWORD),
        r.get(StorageDirectives.DEVICE), r.get(StorageDirectives.MEDIA_TYPE),
        r.get(StorageDirectives.MAXIMUM_CONCURRENT_JOBS), r.get(StorageDirectives.AUTO_CHANGER),
        r.get(StorageDirectives.HEARTBEAT_INTERVAL), r.get(StorageDirectives.ENABLED),
        r.get(StorageDirectives.PAIRED_STORAGE), TlsSettings.of(r), r);
  }
}
