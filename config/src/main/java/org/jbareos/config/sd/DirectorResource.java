package org.jbareos.config.sd;

import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/** A Director allowed to use this Storage Daemon (its password is the CRAM-MD5/PSK secret). */
public record DirectorResource(String name, Password password, boolean monitor, TlsSettings tls,
    Resource resource) {

  public static DirectorResource of(Resource r) {
    return new DirectorResource(r.name(), r.get(DirectorDirectives.PASSWORD),
        Boolean.TRUE.equals(r.get(DirectorDirectives.MONITOR)), TlsSettings.of(r), r);
  }
}
