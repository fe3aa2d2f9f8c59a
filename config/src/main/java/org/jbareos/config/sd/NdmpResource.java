package org.jbareos.config.sd;

import org.jbareos.config.schema.Resource;
import org.jbareos.config.value.Password;

/** An NDMP client (data management application) allowed to use this Storage Daemon. */
public record NdmpResource(String name, String username, Password password, String authType,
    int logLevel, Resource resource) {

  public static NdmpResource of(Resource r) {
    return new NdmpResource(r.name(), r.get(NdmpDirectives.USERNAME),
        r.get(NdmpDirectives.PASSWORD), r.get(NdmpDirectives.AUTH_TYPE),
        r.get(NdmpDirectives.LOG_LEVEL), r);
  }
}
