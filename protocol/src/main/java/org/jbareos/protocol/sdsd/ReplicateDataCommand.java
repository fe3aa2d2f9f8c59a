package org.jbareos.protocol.sdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code replicate data <ticket>\n}: the reading SD starts sending records ({@code stored/mac.cc ReplicateData},
 * PROTOCOL.md §7.5). After the records it sends EOD, EOD; the writing SD answers {@link
 * SdSdLine#REPLICATE_DATA_OK}.
 */
public record ReplicateDataCommand(long ticket) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("replicate data", "replicate data %d\n");

  @Override
  public String wireText() {
    return FORMAT.format(ticket);
  }

  public static ReplicateDataCommand parse(String wire) throws ProtocolException {
    return new ReplicateDataCommand(FORMAT.scan(wire).number(0));
  }
}
