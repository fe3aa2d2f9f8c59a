package org.jbareos.config.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jbareos.config.ConfigError;
import org.jbareos.config.syntax.DirectiveNode;
import org.jbareos.config.syntax.DirectiveValue;
import org.jbareos.config.value.NetAddress;

/**
 * A daemon's own listen addresses ({@code core/src/lib/address_conf.cc}): {@code Addresses} is a
 * block {@code { ip = { addr = ...; port = ... } ipv4 = { ... } }}; {@code Address} and
 * {@code Port} set one host or the port alone.
 */
public final class AddressTypes {

  private AddressTypes() {}

  private static final List<String> FAMILIES = List.of("ip", "ipv4", "ipv6");
  private static final List<String> ITEMS = List.of("addr", "port");

  /** {@code CFG_TYPE_ADDRESSES}. The port defaults to the daemon's port when an item has none. */
  public static ValueType<List<NetAddress>> addresses(int defaultPort) {
    return new ValueType<>() {
      @Override
      public String expected() {
        return "{ ip = { addr = <host>; port = <port> } }";
      }

      @Override
      public List<NetAddress> parse(DirectiveNode node) throws ValueException {
        DirectiveValue.Block block = Values.block(node, expected());
        List<NetAddress> addresses = new ArrayList<>();
        List<ConfigError> problems = new ArrayList<>();
        for (DirectiveNode item : block.directives()) {
          try {
            addresses.add(address(node, item));
          } catch (ValueException e) {
            problems.addAll(e.errors());
          }
        }
        if (!problems.isEmpty()) {
          throw new ValueException(problems);
        }
        return List.copyOf(addresses);
      }

      private NetAddress address(DirectiveNode node, DirectiveNode item) throws ValueException {
        String family = item.key();
        if (!FAMILIES.contains(family)) {
          throw new ValueException(item.position(), "unknown address family '" + item.name()
              + "' in '" + node.name() + "': expected ip, ipv4 or ipv6"
              + NameSuggestion.hint(item.name(), FAMILIES));
        }
        String host = null;
        int port = defaultPort;
        for (DirectiveNode d : Values.block(item, "addr and port").directives()) {
          switch (d.key()) {
            case "addr" -> host = ScalarTypes.STRING.parse(d);
            case "port" -> port = PORT.parse(d);
            default -> throw new ValueException(d.position(), "unknown directive '" + d.name()
                + "' in '" + item.name() + "': expected addr or port"
                + NameSuggestion.hint(d.name(), ITEMS));
          }
        }
        return new NetAddress(
            NetAddress.Family.valueOf(family.toUpperCase(Locale.ROOT)), host, port);
      }

      @Override
      public List<NetAddress> parseDefault(String text) {
        return List.of(new NetAddress(NetAddress.Family.IP, null, Integer.parseInt(text)));
      }
    };
  }

  /** {@code CFG_TYPE_ADDRESSES_PORT} and network ports: 0 to 65535. */
  public static final ValueType<Integer> PORT = new ValueType<>() {
    @Override
    public String expected() {
      return "a port number (0 to 65535)";
    }

    @Override
    public Integer parse(DirectiveNode node) throws ValueException {
      var t = Values.single(node, expected());
      try {
        int port = Integer.parseInt(t.text());
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new ValueException(t.position(), "'" + node.name() + "' expects " + expected()
          + ", found " + t.describe());
    }

    @Override
    public Integer parseDefault(String text) {
      return Integer.parseInt(text);
    }

    @Override
    public boolean takesOneToken() {
      return true;
    }
  };
}
