package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code append data <ticket>\n}: the FD starts sending records ({@code filed/dir_cmd.cc append_data}, PROTOCOL.md §7.2).
 * The SD answers {@link FdSdLine#DATA_OK} when the device is ready.
 */
public record AppendDataCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("append data", "append data %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static AppendDataCommand parse(String wire) throws ProtocolException {
    return new AppendDataCommand(FORMAT.scan(wire).number(0));
  }
}
