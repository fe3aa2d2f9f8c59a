package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.Resource;

/** A Profile: the ACLs it grants ({@code *all*}, names, {@code !name} to deny). */
public record ProfileResource(String name, String description, List<String> commandAcl,
    List<String> jobAcl, List<String> clientAcl, List<String> storageAcl,
    List<String> scheduleAcl, List<String> poolAcl, List<String> fileSetAcl,
    List<String> catalogAcl, List<String> whereAcl, List<String> pluginOptionsAcl,
    Resource resource) {

  public static ProfileResource of(Resource r) {
    return new ProfileResource(r.name(), r.get(ProfileDirectives.DESCRIPTION),
        acl(r, ProfileDirectives.COMMAND_ACL), acl(r, ProfileDirectives.JOB_ACL),
        acl(r, ProfileDirectives.CLIENT_ACL), acl(r, ProfileDirectives.STORAGE_ACL),
        acl(r, ProfileDirectives.SCHEDULE_ACL), acl(r, ProfileDirectives.POOL_ACL),
        acl(r, ProfileDirectives.FILE_SET_ACL), acl(r, ProfileDirectives.CATALOG_ACL),
        acl(r, ProfileDirectives.WHERE_ACL), acl(r, ProfileDirectives.PLUGIN_OPTIONS_ACL), r);
  }

  private static List<String> acl(Resource r,
      org.jbareos.config.schema.Directive<List<String>> d) {
    return r.find(d).orElse(List.of());
  }
}
