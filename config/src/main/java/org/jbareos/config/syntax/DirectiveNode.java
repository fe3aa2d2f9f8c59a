package org.jbareos.config.syntax;

import java.util.Locale;
import org.jbareos.config.SourcePosition;

/**
 * One directive as written: {@code Connection From Client To Director = yes}.
 *
 * @param name the name as written, words joined by one space
 * @param position where the name starts
 * @param value the value, a {@link DirectiveValue.Scalar} or a {@link DirectiveValue.Block}
 */
public record DirectiveNode(String name, SourcePosition position, DirectiveValue value) {

  /** The name Bareos matches on: lower case without spaces. */
  public String key() {
    return key(name);
  }

  /**
   * Directive and resource names are matched case-insensitively and with spaces ignored: Bareos's
   * lexer skips blanks inside an identifier ({@code lex.cc}, state {@code lex_identifier}) and
   * compares with {@code Bstrcasecmp}.
   */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isWhitespace(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
