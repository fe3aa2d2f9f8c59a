package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.lex.Token;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.syntax.ResourceNode;

/**
 * Turns parsed resources into {@link Resource}s of a {@link DaemonSchema}: finds each resource
 * type and directive, reads each value with its type, and reports unknown names with the nearest
 * known one.
 */
public final class ResourceBinder {

  private final DaemonSchema schema;
  private final ConfigErrors errors;

  public ResourceBinder(DaemonSchema schema, ConfigErrors errors) {
    this.schema = schema;
    this.errors = errors;
  }

  public List<Resource> bind(List<ResourceNode> nodes) {
    List<Resource> resources = new ArrayList<>();
    for (ResourceNode node : nodes) {
      bind(node).ifPresent(resources::add);
    }
    return resources;
  }

  private Optional<Resource> bind(ResourceNode node) {
    Optional<ResourceType> type = schema.type(node.type());
    if (type.isEmpty()) {
      errors.add(node.position(), "unknown resource type '" + node.type() + "' in the "
          + schema.daemon() + " configuration" + NameSuggestion.hint(node.type(), schema.typeNames()));
      return Optional.empty();
    }
    ResourceType t = type.get();
    Map<Directive<?>, Setting> settings = new LinkedHashMap<>();
    for (DirectiveNode d : node.directives()) {
      Optional<Directive<?>> directive = t.find(d.name());
      if (directive.isEmpty()) {
        errors.add(d.position(), "unknown directive '" + d.name() + "' in " + t.name()
            + NameSuggestion.hint(d.name(), t.directiveNames()));
        continue;
      }
      Setting earlierName = settings.get(t.nameDirective());
      if (directive.get() == t.nameDirective() && earlierName != null) {
        errors.add(d.position(), "a second Name in " + t.name() + " '" + earlierName.value()
            + "': expected one Name per resource (Bareos: attempt to redefine name)");
        continue;
      }
      if (directive.get().isDeprecated()) {
        errors.warn(d.position(), "'" + d.name() + "' in " + t.name()
            + " is deprecated in Bareos and may go away");
      }
      try {
        set(settings, directive.get(), firstTokenOnly(directive.get(), d, t));
      } catch (ValueException e) {
        e.errors().forEach(errors::add);
      }
    }
    Setting name = settings.get(t.nameDirective());
    if (name == null) {
      errors.add(node.position(), "missing required directive 'Name' in " + t.name());
      return Optional.empty();
    }
    return Optional.of(new Resource(t, (String) name.value(), node.position(), settings));
  }

  /**
   * For one-token values, what Bareos keeps: the first token; the rest of the line is skipped
   * ({@code ScanToEol}) with a warning, so configurations Bareos accepts still load.
   */
  private DirectiveNode firstTokenOnly(Directive<?> directive, DirectiveNode node,
      ResourceType t) {
    if (!directive.type().takesOneToken()
        || !(node.value() instanceof DirectiveValue.Scalar s)
        || s.tokens().size() < 2
        || !s.tokens().getFirst().isText()) {
      return node;
    }
    Token first = s.tokens().getFirst();
    String ignored = s.tokens().subList(1, s.tokens().size()).stream()
        .map(Token::text).collect(Collectors.joining(" "));
    errors.warn(s.tokens().get(1).position(), "'" + node.name() + "' in " + t.name()
        + " takes one value: Bareos uses '" + first.text() + "' and ignores '" + ignored
        + "' (quote a value that contains spaces)");
    return new DirectiveNode(node.name(), node.position(),
        new DirectiveValue.Scalar(List.of(first), s.position()));
  }

  private static <T> void set(Map<Directive<?>, Setting> settings, Directive<T> directive,
      DirectiveNode node) throws ValueException {
    T value = directive.type().parse(node);
    Setting earlier = settings.get(directive);
    if (earlier != null) {
      @SuppressWarnings("unchecked")
      T combined = directive.type().combine((T) earlier.value(), value);
      settings.put(directive, new Setting(combined, earlier.position(), null));
    } else {
      settings.put(directive, new Setting(value, node.position(), null));
    }
  }
}
