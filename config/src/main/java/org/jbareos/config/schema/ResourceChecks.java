package org.jbareos.config.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.SourcePosition;

/**
 * Checks that need the whole configuration: one resource per type and name, every required
 * directive present, every reference naming a resource that exists, and the daemon's own
 * resource defined exactly once.
 */
public final class ResourceChecks {

  private final DaemonSchema schema;
  private final ConfigErrors errors;

  public ResourceChecks(DaemonSchema schema, ConfigErrors errors) {
    this.schema = schema;
    this.errors = errors;
  }

  /** Drops later duplicates (reporting them) and returns the remaining resources. */
  public List<Resource> withoutDuplicates(List<Resource> resources) {
    Map<String, Resource> seen = new HashMap<>();
    return resources.stream().filter(r -> {
      Resource first = seen.putIfAbsent(r.type().name() + "\u0000" + r.name(), r);
      if (first != null) {
        errors.add(r.position(), "duplicate " + r.type().name() + " resource '" + r.name()
            + "': already defined at " + first.position());
        return false;
      }
      return true;
    }).toList();
  }

  public void requiredDirectives(List<Resource> resources) {
    for (Resource r : resources) {
      if (schema.templateTypes().contains(r.type().name())) {
        continue;
      }
      for (Directive<?> d : r.type().directives()) {
        if (d.isRequired() && !r.isSet(d)) {
          errors.add(r.position(), "missing required directive '" + d.name() + "' in "
              + r.type().name() + " '" + r.name() + "'");
        }
      }
    }
  }

  public void references(List<Resource> resources) {
    for (Resource r : resources) {
      for (var entry : r.settings().entrySet()) {
        Directive<?> d = entry.getKey();
        Optional<String> target = d.type().referencedType();
        if (target.isEmpty() || entry.getValue().inheritedFrom() != null) {
          continue; // an inherited reference is checked once, in its JobDefs
        }
        Object value = entry.getValue().value();
        List<?> names = value instanceof List<?> l ? l : List.of(value);
        for (Object n : names) {
          checkReference(resources, r, d, target.get(), (String) n, entry.getValue().position());
        }
      }
    }
  }

  private void checkReference(List<Resource> resources, Resource from, Directive<?> d,
      String type, String name, SourcePosition at) {
    List<String> candidates = resources.stream()
        .filter(x -> x.type().name().equals(type))
        .map(Resource::name)
        .toList();
    if (!candidates.contains(name)) {
      errors.add(at, "'" + d.name() + "' in " + from.type().name() + " '" + from.name()
          + "' names " + type + " '" + name + "', which does not exist"
          + NameSuggestion.hint(name, candidates));
    }
  }

  public void ownResource(List<Resource> resources, SourcePosition configAt) {
    List<Resource> own = resources.stream()
        .filter(r -> r.type().name().equals(schema.ownType()))
        .toList();
    if (own.isEmpty()) {
      errors.add(configAt, "no " + schema.ownType() + " resource: the " + schema.daemon()
          + " configuration needs " + (schema.ownTypeUnique() ? "exactly one" : "at least one"));
    }
    if (!schema.ownTypeUnique()) {
      return;
    }
    for (Resource extra : own.stream().skip(1).toList()) {
      errors.add(extra.position(), "a second " + schema.ownType() + " resource '" + extra.name()
          + "': the " + schema.daemon() + " configuration needs exactly one (first at "
          + own.getFirst().position() + ")");
    }
  }
}
