package org.jbareos.config.fd;

import java.time.Duration;
import java.util.List;
import org.jbareos.config.schema.ListenAddresses;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.NetAddress;

/**
 * The File Daemon's own Client (FileDaemon) resource. {@code heartbeatInterval} also sets the
 * TCP keepalive and the heartbeats to the Director while a job runs (PROTOCOL.md §1.3).
 */
public record ClientResource(String name, List<NetAddress> addresses, String workingDirectory,
    String messages, Duration heartbeatInterval, Duration sdConnectTimeout,
    Integer maximumNetworkBufferSize, Long maximumBandwidthPerJob, int maximumConcurrentJobs,
    boolean pkiSignatures, boolean pkiEncryption, List<String> allowedScriptDir,
    List<String> allowedJobCommand, TlsSettings tls, Resource resource) {

  public static ClientResource of(Resource r) {
    return new ClientResource(r.name(),
        ListenAddresses.of(r, ClientDirectives.ADDRESSES, ClientDirectives.ADDRESS,
            ClientDirectives.PORT),
        r.get(ClientDirectives.WORKING_DIRECTORY), r.get(ClientDirectives.MESSAGES),
        r.get(ClientDirectives.HEARTBEAT_INTERVAL), r.get(ClientDirectives.SD_CONNECT_TIMEOUT),
        r.get(ClientDirectives.MAXIMUM_NETWORK_BUFFER_SIZE),
        r.get(ClientDirectives.MAXIMUM_BANDWIDTH_PER_JOB),
        r.get(ClientDirectives.MAXIMUM_CONCURRENT_JOBS), r.get(ClientDirectives.PKI_SIGNATURES),
        r.get(ClientDirectives.PKI_ENCRYPTION),
        r.find(ClientDirectives.ALLOWED_SCRIPT_DIR).orElse(List.of()),
        r.find(ClientDirectives.ALLOWED_JOB_COMMAND).orElse(List.of()), TlsSettings.of(r), r);
  }
}
