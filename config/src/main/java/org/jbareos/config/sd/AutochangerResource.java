package org.jbareos.config.sd;

import java.util.List;
import org.jbareos.config.schema.Resource;

/** An Autochanger: the Devices it groups and how to drive the changer. */
public record AutochangerResource(String name, List<String> devices, String changerDevice,
    String changerCommand, Resource resource) {

  public static AutochangerResource of(Resource r) {
    return new AutochangerResource(r.name(), r.get(AutochangerDirectives.DEVICE),
        r.get(AutochangerDirectives.CHANGER_DEVICE), r.get(AutochangerDirectives.CHANGER_COMMAND),
        r);
  }
}
