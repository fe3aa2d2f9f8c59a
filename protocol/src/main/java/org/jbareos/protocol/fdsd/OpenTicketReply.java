package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code 3000 OK open ticket = <VolSessionId>\n}: the SD's answer to {@code append open session\n} and to {@link
 * ReadOpenCommand} ({@code stored/fd_cmds.cc}, {@code filed/dir_cmd.cc OK_open}, PROTOCOL.md §7.2).
 */
public record OpenTicketReply(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("open ticket reply", "3000 OK open ticket = %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static OpenTicketReply parse(String wire) throws ProtocolException {
    return new OpenTicketReply(FORMAT.scan(wire).number(0));
  }
}
