package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;

/** A User: a PAM-authenticated console login with its Profiles; ACLs via {@code resource()}. */
public record UserResource(String name, List<String> profiles, Resource resource) {

  public static UserResource of(Resource r) {
    return new UserResource(r.name(), r.find(UserDirectives.PROFILE).orElse(List.of()), r);
  }
}
