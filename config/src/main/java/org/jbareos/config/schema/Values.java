package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.lex.Token;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;

/** Shared steps of the value types: getting the one token, the words, or the list items. */
final class Values {

  private Values() {}

  static DirectiveValue.Scalar scalar(DirectiveNode node, String expected) throws ValueException {
    if (node.value() instanceof DirectiveValue.Scalar s) {
      return s;
    }
    throw new ValueException(node.value().position(),
        "'" + node.name() + "' expects " + expected + ", not a { } block");
  }

  static DirectiveValue.Block block(DirectiveNode node, String expected) throws ValueException {
    if (node.value() instanceof DirectiveValue.Block b) {
      return b;
    }
    throw new ValueException(node.value().position(),
        "'" + node.name() + "' expects " + expected + " in { }");
  }

  /** The value as one word or quoted string, as Bareos's {@code LexGetToken(lc, BCT_NAME)}. */
  static Token single(DirectiveNode node, String expected) throws ValueException {
    DirectiveValue.Scalar s = scalar(node, expected);
    if (s.tokens().size() != 1 || !s.tokens().getFirst().isText()) {
      Token extra = s.tokens().size() > 1 ? s.tokens().get(1) : s.tokens().getFirst();
      throw new ValueException(extra.position(), "'" + node.name() + "' expects " + expected
          + " (quote a value that contains spaces), found " + extra.describe());
    }
    return s.tokens().getFirst();
  }

  /** The value as words and strings without {@code =} or {@code ,}, joined by spaces. */
  static String words(DirectiveNode node, String expected) throws ValueException {
    DirectiveValue.Scalar s = scalar(node, expected);
    for (Token t : s.tokens()) {
      if (!t.isText()) {
        throw new ValueException(t.position(),
            "'" + node.name() + "' expects " + expected + ", found " + t.describe());
      }
    }
    return s.text();
  }

  /** Comma-separated items, each one word or quoted string. */
  static List<Token> items(DirectiveNode node, String expected) throws ValueException {
    DirectiveValue.Scalar s = scalar(node, expected);
    List<Token> items = new ArrayList<>();
    for (List<Token> part : s.commaSeparated()) {
      if (part.isEmpty()) {
        throw new ValueException(s.position(), "'" + node.name() + "' expects " + expected
            + ": an empty item between commas");
      }
      if (part.size() != 1 || !part.getFirst().isText()) {
        Token bad = part.size() > 1 ? part.get(1) : part.getFirst();
        throw new ValueException(bad.position(), "'" + node.name() + "' expects " + expected
            + ", found " + bad.describe() + " (separate items with ',')");
      }
      items.add(part.getFirst());
    }
    return items;
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
