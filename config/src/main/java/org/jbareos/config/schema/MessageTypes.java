package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbareos.config.lex.Token;
import org.jbareos.config.lex.TokenKind;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.value.MessageDestination;

/**
 * {@code CFG_TYPE_MSGS}: a Messages destination. Destinations with an address are written
 * {@code <where> = <types>}; Console, Stdout, Stderr and Catalog take only the types
 * ({@code res.cc:StoreMsgs}).
 */
public final class MessageTypes {

  private MessageTypes() {}

  /** The destinations that take no address part. */
  private static final List<String> WITHOUT_ADDRESS = List.of("console", "stdout", "stderr", "catalog");

  public static ValueType<List<MessageDestination>> destination(String destination) {
    boolean needsAddress = !WITHOUT_ADDRESS.contains(destination.toLowerCase(Locale.ROOT))
        && !destination.equalsIgnoreCase("syslog");
    String expected = needsAddress ? "<address> = <message types>" : "<message types>";
    return new ValueType<>() {
      @Override
      public String expected() {
        return expected;
      }

      @Override
      public List<MessageDestination> parse(DirectiveNode node) throws ValueException {
        DirectiveValue.Scalar s = Values.scalar(node, expected);
        List<Token> tokens = s.tokens();
        int equals = -1;
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.get(i).is(TokenKind.EQUALS)) {
            equals = i;
            break;
          }
        }
        String where = null;
        List<Token> typeTokens = tokens;
        if (equals >= 0) {
          if (equals != 1 || !tokens.getFirst().isText()) {
            throw new ValueException(tokens.getFirst().position(), "'" + node.name()
                + "' expects " + expected + " with one address before '='");
          }
          where = tokens.getFirst().text();
          typeTokens = tokens.subList(2, tokens.size());
        } else if (needsAddress) {
          throw new ValueException(s.position(), "'" + node.name() + "' expects " + expected
              + ": the address and '=' are missing");
        }
        return List.of(new MessageDestination(destination, where, types(node, typeTokens, s)));
      }

      @Override
      public List<MessageDestination> parseDefault(String text) {
        throw new UnsupportedOperationException("message destinations have no default");
      }

      @Override
      public List<MessageDestination> combine(List<MessageDestination> earlier,
          List<MessageDestination> later) {
        return Values.concat(earlier, later);
      }
    };
  }

  private static List<String> types(DirectiveNode node, List<Token> tokens,
      DirectiveValue.Scalar s) throws ValueException {
    List<String> types = new ArrayList<>();
    boolean expectType = true;
    for (Token t : tokens) {
      if (expectType) {
        if (!t.isText()) {
          throw new ValueException(t.position(), "'" + node.name()
              + "' expects a message type such as all, !skipped, found " + t.describe());
        }
        String name = t.text().startsWith("!") ? t.text().substring(1) : t.text();
        if (!MessageDestination.MESSAGE_TYPES.contains(name.toLowerCase(Locale.ROOT))) {
          throw new ValueException(t.position(), "unknown message type '" + name + "' in '"
              + node.name() + "'" + NameSuggestion.hint(name, MessageDestination.MESSAGE_TYPES));
        }
        types.add(t.text());
      } else if (!t.is(TokenKind.COMMA)) {
        throw new ValueException(t.position(), "'" + node.name()
            + "' expects ',' between message types, found " + t.describe());
      }
      expectType = !expectType;
    }
    if (types.isEmpty() || expectType) {
      throw new ValueException(s.position(), "'" + node.name()
          + "' expects a list of message types after the address, such as all, !skipped");
    }
    return types;
  }
}
