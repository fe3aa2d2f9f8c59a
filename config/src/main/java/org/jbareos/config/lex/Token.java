package org.jbareos.config.lex;

import org.jbareos.config.SourcePosition;

/** One token with the position of its first character. */
public record Token(TokenKind kind, String text, SourcePosition position) {

  public boolean is(TokenKind k) {
    return kind == k;
  }

  /** A word or a quoted string: something a value can be made of. */
  public boolean isText() {
    return kind == TokenKind.WORD || kind == TokenKind.QUOTED;
  }

  /** How the token reads in an error message. */
  public String describe() {
    return switch (kind) {
      case WORD -> "'" + text + "'";
      case QUOTED -> "\"" + text + "\"";
      case EQUALS -> "'='";
      case COMMA -> "','";
      case OPEN_BRACE -> "'{'";
      case CLOSE_BRACE -> "'}'";
      case EOL -> "end of line";
      case INCLUDE, INCLUDE_COMMAND -> "'@" + text + "'";
      case EOF -> "end of file";
    };
  }
}
