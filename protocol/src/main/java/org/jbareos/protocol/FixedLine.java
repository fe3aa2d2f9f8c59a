package org.jbareos.protocol;

import org.jbareos.net.ProtocolException;

/**
 * A message without fields, such as {@code 2000 OK level\n} or {@code run}. The receivers check these with
 * {@code bstrcmp} ({@code dird/getmsg.cc:response}), so they must match byte for byte, {@code \n} included
 * (PROTOCOL.md §11). Like the C compare, anything after an embedded NUL is not seen.
 */
public interface FixedLine extends TextMessage {

  /** True when the received text is exactly this line. */
  default boolean matches(String received) {
    int nul = received.indexOf('\0');
    return (nul < 0 ? received : received.substring(0, nul)).equals(wireText());
  }

  /** Checks a received text, as the waiting side does. */
  default void expect(String received) throws ProtocolException {
    if (!matches(received)) {
      throw new ProtocolException(
          "expected \"" + WireFormat.printable(wireText()) + "\", got \"" + WireFormat.printable(received) + "\"");
    }
  }
}
