package org.jbareos.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.ResourceType;

/**
 * A configuration that loaded without errors: every resource, JobDefs already applied.
 *
 * @param schema the daemon's schema
 * @param location what was read
 * @param resources every resource in file order
 * @param warnings problems that do not stop loading, such as deprecated directives
 */
public record LoadedConfig(DaemonSchema schema, Path location, List<Resource> resources,
    List<ConfigError> warnings) {

  public LoadedConfig {
    resources = List.copyOf(resources);
    warnings = List.copyOf(warnings);
  }

  /** Every resource of one type, in file order. */
  public List<Resource> all(ResourceType type) {
    return resources.stream().filter(r -> r.type() == type).toList();
  }

  /** The resource of a type with a name. */
  public Optional<Resource> find(ResourceType type, String name) {
    return resources.stream().filter(r -> r.type() == type && r.name().equals(name)).findFirst();
  }

  /** The only resource of a type, such as the Director's own Director resource. */
  public Resource one(ResourceType type) {
    List<Resource> all = all(type);
    if (all.size() != 1) {
      throw new IllegalStateException("expected one " + type.name() + " resource, found "
          + all.size());
    }
    return all.getFirst();
  }
}
