package org.jbareos.config.lex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.config.ConfigException;
import org.jbareos.config.SourcePosition;
import org.junit.jupiter.api.Test;

class ConfigLexerTest {

  static final Path FILE = Path.of("test.conf");

  static List<Token> tokens(String text) throws ConfigException {
    ConfigLexer lexer = new ConfigLexer(FILE, text);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = lexer.next();
      out.add(t);
    } while (!t.is(TokenKind.EOF));
    return out;
  }

  static List<String> shapes(String text) throws ConfigException {
    return tokens(text).stream().map(t -> t.kind() + (t.isText() ? "(" + t.text() + ")" : ""))
        .toList();
  }

  @Test
  void resourceWithDirective() throws ConfigException {
    assertThat(shapes("Client {\n  Name = bareos-fd\n}\n")).containsExactly(
        "WORD(Client)", "OPEN_BRACE", "EOL", "WORD(Name)", "EQUALS", "WORD(bareos-fd)", "EOL",
        "CLOSE_BRACE", "EOL", "EOF");
  }

  @Test
  void positionsAreLineAndColumnOfTheFirstCharacter() throws ConfigException {
    List<Token> t = tokens("Client {\n  Name = \"x\"\n}");
    assertThat(t.get(3).position()).isEqualTo(new SourcePosition(FILE, 2, 3));
    assertThat(t.get(5).position()).isEqualTo(new SourcePosition(FILE, 2, 10));
    assertThat(t.get(7).position()).isEqualTo(new SourcePosition(FILE, 3, 1));
  }

  @Test
  void quotedStringsResolveEscapesAndKeepNewlines() throws ConfigException {
    assertThat(tokens("\"a \\\"b\\\" \\\\<file\"").getFirst().text()).isEqualTo("a \"b\" \\<file");
    assertThat(tokens("\"two\nlines\"").getFirst().text()).isEqualTo("two\nlines");
    assertThat(tokens("\"|/usr/bin/cmd %c\"").getFirst())
        .isEqualTo(new Token(TokenKind.QUOTED, "|/usr/bin/cmd %c", new SourcePosition(FILE, 1, 1)));
  }

  @Test
  void adjacentQuotedStringsOnOneOrTheNextLineAreJoined() throws ConfigException {
    assertThat(shapes("Description = \"first \" \"part\"\n   \"second\"\nName = x")).containsExactly(
        "WORD(Description)", "EQUALS", "QUOTED(first partsecond)", "EOL", "WORD(Name)", "EQUALS",
        "WORD(x)", "EOF");
    assertThat(shapes("a = \"x\"\n\nb = \"y\"")).containsExactly("WORD(a)", "EQUALS",
        "QUOTED(x)", "EOL", "EOL", "WORD(b)", "EQUALS", "QUOTED(y)", "EOF");
  }

  @Test
  void hashSlashSlashAndBlockCommentsAreSkipped() throws ConfigException {
    assertThat(shapes("a # comment = {\nb // another\n/* block\n comment */ c /* x */ d"))
        .containsExactly("WORD(a)", "EOL", "WORD(b)", "EOL", "EOL", "WORD(c)", "WORD(d)", "EOF");
  }

  @Test
  void slashesInsideAWordAreNotComments() throws ConfigException {
    assertThat(shapes("File = /var//lib/*.conf")).containsExactly(
        "WORD(File)", "EQUALS", "WORD(/var//lib/*.conf)", "EOF");
  }

  @Test
  void semicolonEndsAStatementLikeANewline() throws ConfigException {
    assertThat(shapes("ip = { addr = 1.2.3.4; port = 9101 }")).containsExactly(
        "WORD(ip)", "EQUALS", "OPEN_BRACE", "WORD(addr)", "EQUALS", "WORD(1.2.3.4)", "EOL",
        "WORD(port)", "EQUALS", "WORD(9101)", "CLOSE_BRACE", "EOF");
  }

  @Test
  void messagesDestinationTokens() throws ConfigException {
    assertThat(shapes("director = bareos-dir = all, !skipped")).containsExactly(
        "WORD(director)", "EQUALS", "WORD(bareos-dir)", "EQUALS", "WORD(all)", "COMMA",
        "WORD(!skipped)", "EOF");
  }

  @Test
  void atStartsAnIncludeOnlyWhereATokenStarts() throws ConfigException {
    List<Token> t = tokens("@/etc/bareos/bareos-dir.d/*/*.conf\nmail = root@localhost\n"
        + "@\"/path with space.conf\"\n@|/usr/local/bin/make-config");
    assertThat(t.get(0)).extracting(Token::kind, Token::text)
        .containsExactly(TokenKind.INCLUDE, "/etc/bareos/bareos-dir.d/*/*.conf");
    assertThat(t.get(4).text()).isEqualTo("root@localhost");
    assertThat(t.get(6)).extracting(Token::kind, Token::text)
        .containsExactly(TokenKind.INCLUDE, "/path with space.conf");
    assertThat(t.get(8)).extracting(Token::kind, Token::text)
        .containsExactly(TokenKind.INCLUDE_COMMAND, "/usr/local/bin/make-config");
  }

  @Test
  void includeCommandWithQuotedCommand() throws ConfigException {
    assertThat(tokens("@\"|cat /etc/x.conf\"").getFirst()).extracting(Token::kind, Token::text)
        .containsExactly(TokenKind.INCLUDE_COMMAND, "cat /etc/x.conf");
  }

  /** Found by the fuzz test: a control character that Java calls white space looped forever. */
  @Test
  void controlCharactersArePartOfWords() throws ConfigException {
    assertThat(shapes("a\u001cb \u001f")).containsExactly("WORD(a\u001cb)", "WORD(\u001f)", "EOF");
  }

  @Test
  void byteOrderMarkIsSkipped() throws ConfigException {
    assertThat(tokens("\uFEFFClient").getFirst().position()).isEqualTo(new SourcePosition(FILE, 1, 1));
  }

  @Test
  void unterminatedStringIsAnErrorAtTheOpeningQuote() {
    assertThatThrownBy(() -> tokens("Name = \"abc\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors().getFirst()
            .format()).isEqualTo("test.conf:1:8: unterminated quoted string: expected '\"'"
                + " before the end of the file"));
  }

  @Test
  void unterminatedBlockCommentIsAnError() {
    assertThatThrownBy(() -> tokens("a /* b"))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.errors().getFirst()
            .format()).isEqualTo("test.conf:1:3: unterminated comment: expected '*/' before the"
                + " end of the file"));
  }
}
