package org.jbareos.config.fd;

import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/**
 * A Director allowed to use this File Daemon. With {@code connectionFromClientToDirector} the
 * File Daemon dials {@code address}:{@code port} and waits there for jobs (PROTOCOL.md §9).
 */
public record DirectorResource(String name, Password password, String address, int port,
    boolean connectionFromDirectorToClient, boolean connectionFromClientToDirector,
    boolean monitor, TlsSettings tls, Resource resource) {

  public static DirectorResource of(Resource r) {
    return new DirectorResource(r.name(), r.get(DirectorDirectives.PASSWORD),
        r.get(DirectorDirectives.ADDRESS), r.get(DirectorDirectives.PORT),
        r.get(DirectorDirectives.CONNECTION_FROM_DIRECTOR_TO_CLIENT),
        r.get(DirectorDirectives.CONNECTION_FROM_CLIENT_TO_DIRECTOR),
        r.get(DirectorDirectives.MONITOR), TlsSettings.of(r), r);
  }
}
