package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code estimate listing=<0|1>\n}, sent after level, fileset and accurate ({@code filed/dir_cmd.cc Estimatecmd},
 * PROTOCOL.md §5.1). The FD answers with an optional file listing and an {@link EstimateReply}.
 */
public record EstimateCommand(boolean listing) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("estimate", "estimate listing=%d\n");

  @Override
  public String wireText() {
    return FORMAT.format(listing ? 1 : 0);
  }

  public static EstimateCommand parse(String wire) throws ProtocolException {
    return new EstimateCommand(FORMAT.scan(wire).number(0) != 0);
  }
}
