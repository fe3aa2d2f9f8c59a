package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;

/**
 * A named Console that may log in (PROTOCOL.md §2.6); its ACLs:
 * {@code resource().get(ConsoleDirectives.JOB_ACL)} and so on.
 */
public record ConsoleResource(String name, Password password, List<String> profiles,
    boolean usePamAuthentication, TlsSettings tls, Resource resource) {

  public static ConsoleResource of(Resource r) {
    return new ConsoleResource(r.name(), r.get(ConsoleDirectives.PASSWORD),
        r.find(ConsoleDirectives.PROFILE).orElse(List.of()),
        r.get(ConsoleDirectives.USE_PAM_AUTHENTICATION), TlsSettings.of(r), r);
  }
}
