package org.jbareos.config.schema;

import java.util.Optional;
import org.jbareos.config.syntax.DirectiveNode;

/**
 * How a directive's value is read: Bareos's {@code CFG_TYPE_*} ({@code core/src/lib/parse_conf.h}),
 * each with its store function in {@code res.cc}.
 *
 * @param <T> the Java value
 */
public interface ValueType<T> {

  /** What the value should look like, for error messages: "yes or no", "a size like 10 GB". */
  String expected();

  /** Reads the value of one directive. */
  T parse(DirectiveNode node) throws ValueException;

  /**
   * Reads a default written as in Bareos's item table ({@code config::DefaultValue{"..."}}).
   * Defaults are trusted text: a failure is a bug in the schema, not in the user's configuration.
   */
  T parseDefault(String text);

  /**
   * The value when the directive is given again. Lists (ACLs, {@code File =}, message
   * destinations, {@code Storage =}) accumulate as in Bareos; single values take the last one.
   */
  default T combine(T earlier, T later) {
    return later;
  }

  /**
   * Whether the value is one word or quoted string. Bareos reads such a value as one token and
   * then skips to the end of the line ({@code lex.cc:ScanToEol}), so {@code Description = Full
   * backup} keeps only "Full"; the binder does the same and warns.
   */
  default boolean takesOneToken() {
    return false;
  }

  /** The resource type a value names, for {@code CFG_TYPE_RES} and {@code CFG_TYPE_ALIST_RES}. */
  default Optional<String> referencedType() {
    return Optional.empty();
  }
}
