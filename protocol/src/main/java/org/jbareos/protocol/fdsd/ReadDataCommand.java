package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code read data <ticket>\n} ({@code filed/dir_cmd.cc read_data}, PROTOCOL.md §7.4). The SD answers {@link
 * FdSdLine#DATA_OK} and then sends every record as a {@link ReadRecordHeader} frame and a data frame, then one EOD.
 */
public record ReadDataCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("read data", "read data %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static ReadDataCommand parse(String wire) throws ProtocolException {
    return new ReadDataCommand(FORMAT.scan(wire).number(0));
  }
}
