package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director's answer to a BNET_BTIME signal: {@code btime <microseconds since the epoch>\n} ({@code
 * dird/getmsg.cc}, PROTOCOL.md §1.2, §5.1).
 */
public record BtimeReply(long microseconds) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("btime", "btime %llu\n");

  @Override
  public String wireText() {
    return FORMAT.format(microseconds);
  }

  public static BtimeReply parse(String wire) throws ProtocolException {
    return new BtimeReply(FORMAT.scan(wire).number(0));
  }
}
