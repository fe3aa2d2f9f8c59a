package org.jbareos.protocol.sdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The writing SD's answer to {@code start replicate\n}: {@code 3000 OK start replicate ticket = %ld\n} ({@code
 * stored/sd_cmds.cc OK_start_replicate}, PROTOCOL.md §7.5).
 */
public record StartReplicateReply(long ticket) implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of("start replicate reply", "3000 OK start replicate ticket = %ld\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static StartReplicateReply parse(String wire) throws ProtocolException {
    return new StartReplicateReply(FORMAT.scan(wire).number(0));
  }
}
