package org.jbareos.config.dir;

import java.time.Duration;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/**
 * A Client (File Daemon) in the Director's configuration. The connection directions and the
 * heartbeat are those of client initiated connections (PROTOCOL.md §9): defaults from-director
 * yes, from-client no, heartbeat 0.
 */
public record ClientResource(String name, String address, int port, Password password,
    boolean connectionFromDirectorToClient, boolean connectionFromClientToDirector,
    Duration heartbeatInterval, int maximumConcurrentJobs, boolean passive, boolean enabled,
    String catalog, String protocol, TlsSettings tls, Resource resource) {

  public static ClientResource of(Resource r) {
    return new ClientResource(r.name(), r.get(ClientDirectives.ADDRESS),
        r.get(ClientDirectives.PORT), r.get(ClientDirectives.PASSWORD),
        r.get(ClientDirectives.CONNECTION_FROM_DIRECTOR_TO_CLIENT),
        r.get(ClientDirectives.CONNECTION_FROM_CLIENT_TO_DIRECTOR),
        r.get(ClientDirectives.HEARTBEAT_INTERVAL), r.get(ClientDirectives.MAXIMUM_CONCURRENT_JOBS),
        r.get(ClientDirectives.PASSIVE), r.get(ClientDirectives.ENABLED),
        r.get(ClientDirectives.CATALOG), r.get(ClientDirectives.PROTOCOL), TlsSettings.of(r), r);
  }
}
