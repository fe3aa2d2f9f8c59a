package org.jbareos.config.console;

import java.time.Duration;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/**
 * A Director bconsole can connect to. {@code password} (may be null) is used by the default
 * console; a named Console resource brings its own.
 */
public record DirectorResource(String name, String address, int port, Password password,
    Duration heartbeatInterval, TlsSettings tls, Resource resource) {

  public static DirectorResource of(Resource r) {
    return new DirectorResource(r.name(), r.get(DirectorDirectives.ADDRESS),
        r.get(DirectorDirectives.PORT), r.get(DirectorDirectives.PASSWORD),
        r.get(DirectorDirectives.HEARTBEAT_INTERVAL), TlsSettings.of(r), r);
  }
}
