package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code append end session <ticket>\n} ({@code filed/dir_cmd.cc append_end}, PROTOCOL.md §7.2). The SD answers {@link
 * FdSdLine#END_OK}.
 */
public record AppendEndCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("append end session", "append end session %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static AppendEndCommand parse(String wire) throws ProtocolException {
    return new AppendEndCommand(FORMAT.scan(wire).number(0));
  }
}
