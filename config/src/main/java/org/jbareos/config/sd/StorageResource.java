package org.jbareos.config.sd;

import java.time.Duration;
import java.util.List;
import org.jbareos.config.schema.ListenAddresses;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.NetAddress;

/** The Storage Daemon's own Storage resource: where it listens and works. */
public record StorageResource(String name, List<NetAddress> addresses, String workingDirectory,
    int maximumConcurrentJobs, String messages, Duration heartbeatInterval,
    Duration sdConnectTimeout, Duration fdConnectTimeout, Duration clientConnectWait,
    Integer maximumNetworkBufferSize, TlsSettings tls, Resource resource) {

  public static StorageResource of(Resource r) {
    return new StorageResource(r.name(),
        ListenAddresses.of(r, StorageDirectives.ADDRESSES, StorageDirectives.ADDRESS,
            StorageDirectives.PORT),
        r.get(StorageDirectives.WORKING_DIRECTORY), r.get(StorageDirectives.MAXIMUM_CONCURRENT_JOBS),
        r.get(StorageDirectives.MESSAGES), r.get(StorageDirectives.HEARTBEAT_INTERVAL),
        r.get(StorageDirectives.SD_CONNECT_TIMEOUT), r.get(StorageDirectives.FD_CONNECT_TIMEOUT),
        r.get(StorageDirectives.CLIENT_CONNECT_WAIT),
        r.get(StorageDirectives.MAXIMUM_NETWORK_BUFFER_SIZE), TlsSettings.of(r), r);
  }
}
