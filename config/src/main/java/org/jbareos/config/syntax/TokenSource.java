package org.jbareos.config.syntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jbareos.config.ConfigErrors;
import org.jbareos.config.ConfigException;
import org.jbareos.config.SourcePosition;
import org.jbareos.config.lex.ConfigLexer;
import org.jbareos.config.lex.Token;
import org.jbareos.config.lex.TokenKind;

/**
 * The tokens of a configuration with its {@code @include}s expanded in place, as Bareos's lexer
 * does by stacking one lexer per open file ({@code lex.cc:lex_open_file}).
 *
 * <p>The end of an included file ends the statement in it (an {@link TokenKind#EOL} is produced).
 * A file that cannot be read or tokenised is reported to the {@link ConfigErrors} and skipped, so
 * one bad file does not hide the errors of the others.
 */
public final class TokenSource {

  /** Includes nested deeper than this are taken to be an include loop. */
  static final int MAX_INCLUDE_DEPTH = 32;

  private final Deque<ConfigLexer> open = new ArrayDeque<>();
  private final ConfigErrors errors;
  private Token lastEof;
  private boolean runCommands = true;

  private TokenSource(ConfigErrors errors) {
    this.errors = errors;
  }

  /** Tokens of one file on disk. */
  public static TokenSource ofFile(Path file, ConfigErrors errors) {
    TokenSource source = new TokenSource(errors);
    source.openFile(file, new SourcePosition(file, 0, 0));
    return source;
  }

  /** Tokens of a text (tests, {@code -c} of generated text); includes resolve relative to file. */
  public static TokenSource ofText(Path file, String text, ConfigErrors errors) {
    TokenSource source = new TokenSource(errors);
    source.open.push(new ConfigLexer(file, text));
    return source;
  }

  /**
   * Makes {@code @|command} an error instead of running the command: for text from untrusted
   * sources (tests that feed random input).
   */
  public TokenSource withoutCommands() {
    runCommands = false;
    return this;
  }

  public Token next() {
    while (true) {
      ConfigLexer lexer = open.peek();
      if (lexer == null) {
        return lastEof != null ? lastEof : new Token(TokenKind.EOF, "", SourcePosition.NONE);
      }
      Token token;
      try {
        token = lexer.next();
      } catch (ConfigException e) {
        e.errors().forEach(errors::add);
        open.pop();
        continue;
      }
      switch (token.kind()) {
        case EOF -> {
          open.pop();
          lastEof = token;
          if (!open.isEmpty()) {
            return new Token(TokenKind.EOL, "", token.position());
          }
          return token;
        }
        case INCLUDE -> include(token);
        case INCLUDE_COMMAND -> includeCommandOutput(token);
        default -> {
          return token;
        }
      }
    }
  }

  private void include(Token token) {
    if (open.size() >= MAX_INCLUDE_DEPTH) {
      errors.add(token.position(), "includes nested more than " + MAX_INCLUDE_DEPTH
          + " deep: expected no include loop at '@" + token.text() + "'");
      return;
    }
    List<Path> files;
    try {
      files = IncludeFiles.resolve(token.text(), open.peek().file());
    } catch (IOException | RuntimeException e) {
      errors.add(token.position(), "cannot read included config files '" + token.text() + "': "
          + e.getMessage());
      return;
    }
    for (int i = files.size() - 1; i >= 0; i--) {
      openFile(files.get(i), token.position());
    }
  }

  private void openFile(Path file, SourcePosition includedAt) {
    try {
      // Lenient UTF-8: Bareos reads bytes, so a Latin-1 comment must not make a file unreadable.
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      open.push(new ConfigLexer(file, text));
    } catch (IOException | RuntimeException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.toString();
      errors.add(includedAt, "cannot open config file '" + file + "': " + why);
    }
  }

  /** {@code @|command}: Bareos runs the command with a shell and parses its output. */
  private void includeCommandOutput(Token token) {
    if (!runCommands) {
      errors.add(token.position(), "'@|" + token.text() + "': commands are not run here");
      return;
    }
    try {
      Process process = new ProcessBuilder("/bin/sh", "-c", token.text())
          .redirectErrorStream(false)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        errors.add(token.position(), "included command '" + token.text() + "' failed: expected exit 0");
        return;
      }
      Path pseudo = Path.of("|" + token.text());
      open.push(new ConfigLexer(pseudo, new String(out, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      errors.add(token.position(), "cannot run included command '" + token.text() + "': "
          + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      errors.add(token.position(), "interrupted while running '" + token.text() + "'");
    }
  }
}
