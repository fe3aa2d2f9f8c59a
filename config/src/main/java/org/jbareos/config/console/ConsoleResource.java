package org.jbareos.config.console;

import java.time.Duration;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/** bconsole's named Console: it logs in as {@code name} with {@code password} (PROTOCOL.md §2.6). */
public record ConsoleResource(String name, Password password, String director,
    Duration heartbeatInterval, TlsSettings tls, Resource resource) {

  public static ConsoleResource of(Resource r) {
    return new ConsoleResource(r.name(), r.get(ConsoleDirectives.PASSWORD),
        r.get(ConsoleDirectives.DIRECTOR), r.get(ConsoleDirectives.HEARTBEAT_INTERVAL),
        TlsSettings.of(r), r);
  }
}
