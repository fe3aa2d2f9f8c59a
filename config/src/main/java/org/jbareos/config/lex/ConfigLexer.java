package org.jbareos.config.lex;

import java.nio.file.Path;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.config.SourcePosition;

/**
 * Splits one configuration file into tokens, following Bareos's lexer ({@code core/src/lib/lex.cc}).
 *
 * <ul>
 *   <li>{@code #} starts a comment to the end of the line. Where a token starts, {@code //} does
 *       too and {@code /* ... *&#47;} is a block comment (inside a word both are ordinary
 *       characters, so {@code File = /var//x} stays one path).
 *   <li>{@code ;} ends a statement like a newline.
 *   <li>A quoted string may span lines (the newline is kept) and {@code \} escapes the next
 *       character, as Bareos's {@code lex_quoted_string} state does.
 *   <li>An unquoted word ends at white space or one of {@code = { } ; , # "}.
 *   <li>{@code @} where a token starts is an include: {@code @path}, {@code @"path"} or
 *       {@code @|command}; elsewhere it is an ordinary character ({@code mail = root@localhost}).
 *   <li>A UTF-8 byte order mark at the very start is skipped.
 * </ul>
 */
public final class ConfigLexer {

  private final Path file;
  private final String text;
  private int offset;
  private int line = 1;
  private int column = 1;

  public ConfigLexer(Path file, String text) {
    this.file = file;
    this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  public Path file() {
    return file;
  }

  /** The next token; {@link TokenKind#EOF} at the end, again and again. */
  public Token next() throws ConfigException {
    while (true) {
      skipBlanks();
      SourcePosition at = position();
      if (offset >= text.length()) {
        return new Token(TokenKind.EOF, "", at);
      }
      char c = text.charAt(offset);
      switch (c) {
        case '\n', ';' -> {
          advance();
          return new Token(TokenKind.EOL, String.valueOf(c), at);
        }
        case '#' -> skipToEndOfLine();
        case '{' -> {
          advance();
          return new Token(TokenKind.OPEN_BRACE, "{", at);
        }
        case '}' -> {
          advance();
          return new Token(TokenKind.CLOSE_BRACE, "}", at);
        }
        case '=' -> {
          advance();
          return new Token(TokenKind.EQUALS, "=", at);
        }
        case ',' -> {
          advance();
          return new Token(TokenKind.COMMA, ",", at);
        }
        case '"' -> {
          return new Token(TokenKind.QUOTED, quoted(at), at);
        }
        case '@' -> {
          return include(at);
        }
        default -> {
          if (startsWith("//")) {
            skipToEndOfLine();
          } else if (startsWith("/*")) {
            if (blockComment(at)) {
              return new Token(TokenKind.EOL, "\n", at);
            }
          } else {
            return new Token(TokenKind.WORD, word(), at);
          }
        }
      }
    }
  }

  private SourcePosition position() {
    return new SourcePosition(file, line, column);
  }

  private void advance() {
    char c = text.charAt(offset++);
    if (c == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
  }

  private boolean startsWith(String s) {
    return text.startsWith(s, offset);
  }

  private void skipBlanks() {
    while (offset < text.length()) {
      if (isBlank(text.charAt(offset))) {
        advance();
      } else {
        return;
      }
    }
  }

  private void skipToEndOfLine() {
    while (offset < text.length() && text.charAt(offset) != '\n') {
      advance();
    }
  }

  /** Skips a block comment; true if it spanned a line end, which then ends the statement. */
  private boolean blockComment(SourcePosition at) throws ConfigException {
    advance();
    advance();
    boolean newline = false;
    while (!startsWith("*/")) {
      if (offset >= text.length()) {
        throw error(at, "unterminated comment: expected '*/' before the end of the file");
      }
      newline |= text.charAt(offset) == '\n';
      advance();
    }
    advance();
    advance();
    return newline;
  }

  private String quoted(SourcePosition at) throws ConfigException {
    advance();
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (offset >= text.length()) {
        throw error(at, "unterminated quoted string: expected '\"' before the end of the file");
      }
      char c = text.charAt(offset);
      advance();
      if (c == '"') {
        if (!skipToContinuingQuote()) {
          return sb.toString();
        }
        continue;
      }
      if (c == '\\') {
        if (offset >= text.length()) {
          throw error(at, "unterminated quoted string: expected '\"' before the end of the file");
        }
        sb.append(text.charAt(offset));
        advance();
      } else if (c != '\r') {
        sb.append(c);
      }
    }
  }

  /**
   * Bareos joins quoted strings that follow each other on one line or on the next line
   * ({@code lex.cc: CurrentLineContinuesWithQuotes, NextLineContinuesWithQuotes}):
   * <code>Description = "first part "</code> and a next line <code>"second part"</code> is one
   * string. If such a quote follows, moves past it and returns true.
   */
  private boolean skipToContinuingQuote() {
    int i = offset;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      i++;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    if (i < text.length() && text.charAt(i) == '"') {
      while (offset <= i) {
        advance();
      }
      return true;
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** Ends an unquoted word ({@code lex.cc}, state {@code lex_string}). */
  private static boolean endsWord(char c) {
    return isBlank(c) || c == '\n'
        || c == '=' || c == '{' || c == '}' || c == ';' || c == ',' || c == '#' || c == '"';
  }

  /**
   * An unquoted word. Where a token starts, every character that ends a word has its own case in
   * {@link #next}, so a word there is never empty and the lexer always moves on.
   */
  private String word() {
    int start = offset;
    while (offset < text.length() && !endsWord(text.charAt(offset))) {
      advance();
    }
    return text.substring(start, offset);
  }

  private Token include(SourcePosition at) throws ConfigException {
    advance();
    String path;
    if (offset < text.length() && text.charAt(offset) == '"') {
      path = quoted(at);
    } else {
      path = word();
    }
    if (path.isEmpty()) {
      throw error(at, "expected a file name or |command after '@'");
    }
    if (path.equals("|")) {
      throw error(at, "expected a command after '@|'");
    }
    if (path.startsWith("|")) {
      return new Token(TokenKind.INCLUDE_COMMAND, path.substring(1), at);
    }
    return new Token(TokenKind.INCLUDE, path, at);
  }

  private static ConfigException error(SourcePosition at, String message) {
    return new ConfigException(new ConfigError(at, message));
  }
}
