package org.jbareos.config.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jbareos.config.SourcePosition;
import org.jbareos.config.lex.Token;
import org.jbareos.config.lex.TokenKind;

/**
 * The right-hand side of a directive as written, before its type gives it a meaning: either the
 * tokens up to the end of the statement, or a nested block ({@code Include { ... }},
 * {@code Addresses = { ip = { ... } }}).
 */
public sealed interface DirectiveValue {

  SourcePosition position();

  /** Tokens up to the end of the statement: words, quoted strings, {@code =} and {@code ,}. */
  record Scalar(List<Token> tokens, SourcePosition position) implements DirectiveValue {

    public Scalar {
      tokens = List.copyOf(tokens);
    }

    /** The words and strings joined by one space: {@code 1 hour 20 min}. */
    public String text() {
      return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }

    /**
     * The comma-separated parts of the value, each a list of tokens: {@code a, "b c", d} gives
     * three parts. An empty part (two commas) is kept as an empty list so the caller can complain.
     */
    public List<List<Token>> commaSeparated() {
      List<List<Token>> parts = new ArrayList<>();
      List<Token> current = new ArrayList<>();
      for (Token t : tokens) {
        if (t.is(TokenKind.COMMA)) {
          parts.add(current);
          current = new ArrayList<>();
        } else {
          current.add(t);
        }
      }
      parts.add(current);
      return parts;
    }
  }

  /** A nested block of directives. */
  record Block(List<DirectiveNode> directives, SourcePosition position) implements DirectiveValue {

    public Block {
      directives = List.copyOf(directives);
    }
  }
}
