package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code read close session <ticket>\n} ({@code filed/dir_cmd.cc read_close}, PROTOCOL.md §7.4). The SD answers a {@link
 * CloseStatusReply} and an EOD.
 */
public record ReadCloseCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("read close session", "read close session %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static ReadCloseCommand parse(String wire) throws ProtocolException {
    return new ReadCloseCommand(FORMAT.scan(wire).number(0));
  }
}
