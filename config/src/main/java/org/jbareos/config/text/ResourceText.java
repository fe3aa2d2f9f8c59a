package org.jbareos.config.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One resource in Bareos configuration syntax, built directive by directive, as the config parser reads it:
 *
 * <pre>
 * Job {
 *   Name = backup-bareos-fd
 *   Where = "/tmp/restore"
 * }
 * </pre>
 *
 * <p>{@link #set} writes a value as given (names, numbers, keywords, message destinations); {@link #quoted} writes a
 * quoted string with backslash and double quote escaped. Nested blocks ({@code Include}, {@code Options}) indent by
 * two blanks.
 */
public final class ResourceText {
  private final String type;
  private final List<String> lines = new ArrayList<>();

  private ResourceText(String type) {
    this.type = type;
  }

  /** A resource or block of this type ({@code Job}, {@code Include}), empty so far. */
  public static ResourceText of(String type) {
    return new ResourceText(type);
  }

  /** A named resource: its first directive is {@code Name = <name>}. */
  public static ResourceText named(String type, String name) {
    return of(type).set("Name", name);
  }

  /** {@code directive = value}, the value as written. */
  public ResourceText set(String directive, Object value) {
    lines.add(directive + " = " + value);
    return this;
  }

  /** {@code directive = "value"}, quoted. */
  public ResourceText quoted(String directive, Object value) {
    return set(directive, quote(value.toString()));
  }

  /** {@code directive = value} when {@code condition} holds, nothing otherwise. */
  public ResourceText setIf(boolean condition, String directive, Object value) {
    return condition ? set(directive, value) : this;
  }

  /** A nested block ({@code Include { ... }}). */
  public ResourceText block(ResourceText nested) {
    lines.addAll(nested.text().lines().toList());
    return this;
  }

  /** The resource's text, ending with a newline. */
  public String text() {
    StringBuilder out = new StringBuilder(type).append(" {\n");
    for (String line : lines) {
      out.append("  ").append(line).append('\n');
    }
    return out.append("}\n").toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /** A Bareos quoted string: backslash and double quote escaped, as the config lexer reads them. */
  public static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
