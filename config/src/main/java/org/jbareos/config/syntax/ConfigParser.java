package org.jbareos.config.syntax;

import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.SourcePosition;
import org.jbareos.config.lex.Token;
import org.jbareos.config.lex.TokenKind;

/**
 * Recursive-descent parser for the Bareos configuration language:
 *
 * <pre>
 * config    := { EOL | resource }
 * resource  := words '{' body '}'
 * body      := { EOL | directive }
 * directive := words ( '=' value | '{' body '}' )      -- "Include { ... }", "Run Script { ... }"
 * value     := '{' body '}' | { token } up to EOL, ';' or '}'   -- a ',' at the end of a line continues it
 * </pre>
 *
 * <p>Names are the words before {@code =} or <code>{</code>, joined by spaces; Bareos ignores the
 * spaces ({@link DirectiveNode#key}). Errors are collected: after one, the parser skips to the end
 * of the statement (or the end of the block) and goes on, so one typo does not hide the rest.
 */
public final class ConfigParser {

  private final TokenSource tokens;
  private final ConfigErrors errors;
  private Token current;

  public ConfigParser(TokenSource tokens, ConfigErrors errors) {
    this.tokens = tokens;
    this.errors = errors;
    this.current = tokens.next();
  }

  /** Every resource of the input; problems go to the {@link ConfigErrors}. */
  public List<ResourceNode> parse() {
    List<ResourceNode> resources = new ArrayList<>();
    while (!current.is(TokenKind.EOF)) {
      if (current.is(TokenKind.EOL)) {
        advance();
        continue;
      }
      if (current.is(TokenKind.CLOSE_BRACE)) {
        errors.add(current.position(), "unexpected '}': expected a resource such as 'Client {'");
        advance();
        continue;
      }
      ResourceNode resource = resource();
      if (resource != null) {
        resources.add(resource);
      }
    }
    return resources;
  }

  private void advance() {
    current = tokens.next();
  }

  private ResourceNode resource() {
    SourcePosition at = current.position();
    String type = words();
    if (type == null || !current.is(TokenKind.OPEN_BRACE)) {
      errors.add(current.position(), "expected a resource such as 'Client {', found "
          + current.describe());
      skipStatement();
      return null;
    }
    advance();
    List<DirectiveNode> directives = body(type, at);
    return new ResourceNode(type, at, directives);
  }

  /** Directives up to the closing brace, which is consumed. */
  private List<DirectiveNode> body(String owner, SourcePosition openedAt) {
    List<DirectiveNode> directives = new ArrayList<>();
    while (true) {
      switch (current.kind()) {
        case CLOSE_BRACE -> {
          advance();
          return directives;
        }
        case EOF -> {
          errors.add(current.position(), "expected '}' to close " + owner + " opened at "
              + openedAt + ", found end of file");
          return directives;
        }
        case EOL -> advance();
        default -> {
          DirectiveNode directive = directive(owner);
          if (directive != null) {
            directives.add(directive);
          }
        }
      }
    }
  }

  private DirectiveNode directive(String owner) {
    SourcePosition at = current.position();
    String name = words();
    if (name == null) {
      errors.add(at, "expected a directive name in " + owner + ", found " + current.describe());
      skipStatement();
      return null;
    }
    if (current.is(TokenKind.OPEN_BRACE)) {
      SourcePosition blockAt = current.position();
      advance();
      return new DirectiveNode(name, at, new DirectiveValue.Block(body(name, at), blockAt));
    }
    if (!current.is(TokenKind.EQUALS)) {
      errors.add(current.position(), "expected '=' after '" + name + "', found "
          + current.describe());
      skipStatement();
      return null;
    }
    advance();
    if (current.is(TokenKind.OPEN_BRACE)) {
      SourcePosition blockAt = current.position();
      advance();
      return new DirectiveNode(name, at, new DirectiveValue.Block(body(name, at), blockAt));
    }
    SourcePosition valueAt = current.position();
    List<Token> value = new ArrayList<>();
    while (true) {
      switch (current.kind()) {
        case EOL -> {
          boolean continues = !value.isEmpty() && value.getLast().is(TokenKind.COMMA);
          if (!continues) {
            return scalar(name, at, value, valueAt);
          }
          advance();
        }
        case CLOSE_BRACE, EOF -> {
          return scalar(name, at, value, valueAt);
        }
        case OPEN_BRACE -> {
          errors.add(current.position(), "unexpected '{' in the value of '" + name
              + "': expected a value up to the end of the line");
          skipStatement();
          return null;
        }
        default -> {
          value.add(current);
          advance();
        }
      }
    }
  }

  private DirectiveNode scalar(String name, SourcePosition at, List<Token> value,
      SourcePosition valueAt) {
    if (value.isEmpty()) {
      errors.add(valueAt, "expected a value after '" + name + " =', found " + current.describe());
      return null;
    }
    return new DirectiveNode(name, at, new DirectiveValue.Scalar(value, valueAt));
  }

  /** Consecutive words joined by one space, or null if the current token is not a word. */
  private String words() {
    if (!current.is(TokenKind.WORD)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(current.text());
    advance();
    while (current.is(TokenKind.WORD)) {
      sb.append(' ').append(current.text());
      advance();
    }
    return sb.toString();
  }

  /** Skips to the end of the statement, over nested blocks; a closing brace is left in place. */
  private void skipStatement() {
    int depth = 0;
    while (!current.is(TokenKind.EOF)) {
      switch (current.kind()) {
        case OPEN_BRACE -> depth++;
        case CLOSE_BRACE -> {
          if (depth == 0) {
            return;
          }
          depth--;
        }
        case EOL -> {
          if (depth == 0) {
            advance();
            return;
          }
        }
        default -> { }
      }
      advance();
    }
  }
}
