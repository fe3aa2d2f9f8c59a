package org.jbareos.config.lex;

/**
 * The kinds of tokens of the Bareos configuration language ({@code core/src/lib/lex.h}: BCT_*).
 *
 * <p>Bareos distinguishes identifiers, numbers and unquoted strings only by their first
 * character; which of them a value is depends on the directive, so all three are one {@link #WORD}
 * here and the directive's value type decides.
 */
public enum TokenKind {
  /** An unquoted word: a name, a number, a path, a keyword. */
  WORD,
  /** A double-quoted string, escapes already resolved. */
  QUOTED,
  EQUALS,
  COMMA,
  OPEN_BRACE,
  CLOSE_BRACE,
  /** End of a statement: a newline or {@code ;} (Bareos treats {@code ;} like EOL). */
  EOL,
  /** {@code @path} or {@code @"path"}: include the files the path (a glob) names. */
  INCLUDE,
  /** {@code @|command}: include what the command prints. */
  INCLUDE_COMMAND,
  EOF
}
