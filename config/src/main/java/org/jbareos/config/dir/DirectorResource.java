package org.jbareos.config.dir;

import java.time.Duration;
import java.util.List;
import org.jbareos.config.schema.ListenAddresses;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.NetAddress;
import org.jbareos.config.value.Password;

/**
 * The Director's own Director resource. {@code password} is the default console's password
 * (the hidden {@code *UserAgent*} console, PROTOCOL.md §2.6). Any other directive:
 * {@code resource().get(DirectorDirectives.X)}.
 */
public record DirectorResource(String name, List<NetAddress> addresses, Password password,
    String workingDirectory, String messages, int maximumConcurrentJobs,
    int maximumConsoleConnections, Duration heartbeatInterval, Duration fdConnectTimeout,
    Duration sdConnectTimeout, TlsSettings tls, Resource resource) {

  public static DirectorResource of(Resource r) {
    return new DirectorResource(r.name(),
        ListenAddresses.of(r, DirectorDirectives.ADDRESSES, DirectorDirectives.ADDRESS,
            DirectorDirectives.PORT),
        r.get(DirectorDirectives.PASSWORD), r.get(DirectorDirectives.WORKING_DIRECTORY),
        r.get(DirectorDirectives.MESSAGES), r.get(DirectorDirectives.MAXIMUM_CONCURRENT_JOBS),
        r.get(DirectorDirectives.MAXIMUM_CONSOLE_CONNECTIONS),
        r.get(DirectorDirectives.HEARTBEAT_INTERVAL), r.get(DirectorDirectives.FD_CONNECT_TIMEOUT),
        r.get(DirectorDirectives.SD_CONNECT_TIMEOUT), TlsSettings.of(r), r);
  }
}
