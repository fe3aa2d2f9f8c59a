package org.jbareos.config.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jbareos.config.SourcePosition;

/**
 * One resource of a loaded configuration: its type, name, position and the value of every
 * directive it sets. Directives it does not set read as their Bareos default.
 *
 * <pre>{@code
 * int port = client.get(DirClientDirectives.PORT);          // 9102 unless set
 * boolean set = client.isSet(DirClientDirectives.PORT);
 * }</pre>
 */
public final class Resource {

  private final ResourceType type;
  private final String name;
  private final SourcePosition position;
  private final Map<Directive<?>, Setting> settings;

  public Resource(ResourceType type, String name, SourcePosition position,
      Map<Directive<?>, Setting> settings) {
    this.type = type;
    this.name = name;
    this.position = position;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  public ResourceType type() {
    return type;
  }

  public String name() {
    return name;
  }

  /** Where the resource starts (its type name). */
  public SourcePosition position() {
    return position;
  }

  /**
   * The value, or the directive's default (null when Bareos has none).
   *
   * @throws IllegalArgumentException if the directive is not one of this resource type's (a
   *     programming error, such as asking a Client for a Pool directive)
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Directive<T> directive) {
    requireOwn(directive);
    Setting s = settings.get(directive);
    return s != null ? (T) s.value() : directive.defaultValue();
  }

  /** The value only if the resource (or its JobDefs) sets it. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Directive<T> directive) {
    requireOwn(directive);
    Setting s = settings.get(directive);
    return s == null ? Optional.empty() : Optional.of((T) s.value());
  }

  private void requireOwn(Directive<?> directive) {
    if (!type.directives().contains(directive)) {
      throw new IllegalArgumentException(directive.name() + " is not a directive of "
          + type.name());
    }
  }

  public boolean isSet(Directive<?> directive) {
    return settings.containsKey(directive);
  }

  /** Where a directive was set, if it was. */
  public Optional<SourcePosition> positionOf(Directive<?> directive) {
    return Optional.ofNullable(settings.get(directive)).map(Setting::position);
  }

  /** Every directive the resource sets, in the order written. */
  public Map<Directive<?>, Setting> settings() {
    return settings;
  }

  @Override
  public String toString() {
    return type.name() + " \"" + name + "\" at " + position;
  }
}
