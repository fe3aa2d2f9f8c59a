package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code append close session <ticket>\n} ({@code filed/dir_cmd.cc append_close}, PROTOCOL.md §7.2). The SD answers a {@link
 * CloseStatusReply} and an EOD.
 */
public record AppendCloseCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("append close session", "append close session %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static AppendCloseCommand parse(String wire) throws ProtocolException {
    return new AppendCloseCommand(FORMAT.scan(wire).number(0));
  }
}
