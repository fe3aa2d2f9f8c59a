package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbareos.config.syntax.DirectiveNode;

/**
 * A resource type of one daemon ({@code Client} in the Director, {@code Device} in the Storage
 * Daemon) and the directives it accepts, as a Bareos {@code ResourceTable} entry.
 *
 * @param name the type name as Bareos spells it ("FileSet")
 * @param aliases other accepted type names ("FileDaemon" for the File Daemon's "Client")
 * @param directives every directive, each declared once
 */
public record ResourceType(String name, List<String> aliases, List<Directive<?>> directives) {

  public ResourceType {
    aliases = List.copyOf(aliases);
    directives = List.copyOf(directives);
    Map<String, Directive<?>> seen = new HashMap<>();
    for (Directive<?> d : directives) {
      for (String n : d.names()) {
        if (seen.put(DirectiveNode.key(n), d) != null) {
          throw new IllegalArgumentException("directive " + n + " declared twice in " + name);
        }
      }
    }
  }

  public ResourceType(String name, List<Directive<?>> directives) {
    this(name, List.of(), directives);
  }

  /** The directive a written name means (case and spaces ignored, aliases included). */
  public Optional<Directive<?>> find(String written) {
    String key = DirectiveNode.key(written);
    for (Directive<?> d : directives) {
      for (String n : d.names()) {
        if (DirectiveNode.key(n).equals(key)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a written type name means this type. */
  public boolean matches(String written) {
    String key = DirectiveNode.key(written);
    if (DirectiveNode.key(name).equals(key)) {
      return true;
    }
    return aliases.stream().anyMatch(a -> DirectiveNode.key(a).equals(key));
  }

  /** Every accepted directive name, for suggestions. */
  public List<String> directiveNames() {
    List<String> all = new ArrayList<>();
    directives.forEach(d -> all.addAll(d.names()));
    return all;
  }

  /** The {@code Name} directive every resource has. */
  @SuppressWarnings("unchecked")
  public Directive<String> nameDirective() {
    return (Directive<String>) find("Name").orElseThrow();
  }
}
