package org.jbareos.config.schema;

import java.util.List;
import java.util.Optional;
import org.jbareos.config.lex.Token;
import org.jbareos.config.syntax.DirectiveNode;

/**
 * Lists: comma-separated items that also accumulate when the directive is repeated, as Bareos's
 * {@code alist} stores do ({@code StoreAlistStr}, {@code StoreAlistRes}, {@code StoreAcl}).
 */
public final class ListTypes {

  private ListTypes() {}

  /** {@code CFG_TYPE_ALIST_STR}, {@code ALIST_DIR}, {@code STR_VECTOR}, {@code PLUGIN_NAMES}, ... */
  public static final ValueType<List<String>> STRINGS = strings("a list of strings");

  /** {@code CFG_TYPE_ACL}: names or commands, {@code *all*}, a leading {@code !} denies. */
  public static final ValueType<List<String>> ACL = strings("a list of names, *all* or !name");

  private static ValueType<List<String>> strings(String expected) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public List<String> parse(DirectiveNode node) throws ValueException {
        return Values.items(node, expected).stream().map(Token::text).toList();
      }

      @Override
      public List<String> parseDefault(String text) {
        return List.of(text);
      }

      @Override
      public List<String> combine(List<String> earlier, List<String> later) {
        return Values.concat(earlier, later);
      }
    };
  }

  /** {@code CFG_TYPE_RES}: the name of one resource of {@code type}, checked after loading. */
  public static ValueType<String> reference(String type) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return "the name of a " + type + " resource";
      }

      @Override
      public String parse(DirectiveNode node) throws ValueException {
        return Values.single(node, expected()).text();
      }

      @Override
      public String parseDefault(String text) {
        return text;
      }

      @Override
      public Optional<String> referencedType() {
        return Optional.of(type);
      }

      @Override
      public boolean takesOneToken() {
        return true;
      }
    };
  }

  /** {@code CFG_TYPE_ALIST_RES}: names of resources of {@code type}. */
  public static ValueType<List<String>> references(String type) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return "names of " + type + " resources";
      }

      @Override
      public List<String> parse(DirectiveNode node) throws ValueException {
        return Values.items(node, expected()).stream().map(Token::text).toList();
      }

      @Override
      public List<String> parseDefault(String text) {
        return List.of(text);
      }

      @Override
      public List<String> combine(List<String> earlier, List<String> later) {
        return Values.concat(earlier, later);
      }

      @Override
      public Optional<String> referencedType() {
        return Optional.of(type);
      }
    };
  }
}
