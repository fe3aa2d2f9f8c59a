package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One directive of a resource type, declared once with its type, default and whether it is
 * required, as Bareos's {@code ResourceItem} tables do ({@code dird_conf.cc}, {@code stored_conf.cc},
 * {@code filed_conf.cc}, {@code console_conf.cc}, {@code lib/tls_resource_items.h}). Read a
 * resource's value with {@code resource.get(directive)}.
 *
 * @param name the canonical name as Bareos spells it ("ConnectionFromClientToDirector")
 * @param type how the value is read
 * @param aliases other accepted names ("FdPort" for "Port")
 * @param defaultText the default as Bareos writes it, or null when there is none
 * @param isRequired whether a resource must set it
 * @param isDeprecated whether Bareos marks it deprecated (it is still accepted)
 * @param <T> the Java type of the value
 */
public record Directive<T>(
    String name,
    ValueType<T> type,
    List<String> aliases,
    String defaultText,
    boolean isRequired,
    boolean isDeprecated) {

  public Directive {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    aliases = List.copyOf(aliases);
  }

  public static <T> Directive<T> of(String name, ValueType<T> type) {
    return new Directive<>(name, type, List.of(), null, false, false);
  }

  public Directive<T> alias(String alias) {
    List<String> all = new ArrayList<>(aliases);
    all.add(alias);
    return new Directive<>(name, type, all, defaultText, isRequired, isDeprecated);
  }

  public Directive<T> withDefault(String text) {
    return new Directive<>(name, type, aliases, text, isRequired, isDeprecated);
  }

  public Directive<T> required() {
    return new Directive<>(name, type, aliases, defaultText, true, isDeprecated);
  }

  public Directive<T> deprecated() {
    return new Directive<>(name, type, aliases, defaultText, isRequired, true);
  }

  /** The default value, or null when Bareos has none. */
  public T defaultValue() {
    return defaultText == null ? null : type.parseDefault(defaultText);
  }

  /** The canonical name and the aliases. */
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
