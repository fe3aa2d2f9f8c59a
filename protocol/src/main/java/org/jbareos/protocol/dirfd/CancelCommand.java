package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code cancel Job=<job>\n}, sent on a new connection to the FD or the SD ({@code filed/dir_cmd.cc CancelCmd}
 * {@code "cancel Job=%127s"}, {@code stored/dir_cmd.cc cancelcmd}, PROTOCOL.md §5.1, §6.1). The FD answers {@code
 * 2001 Job <job> marked to be canceled.\n} or {@code 2901 Job <job> not found.\n}, then EOD.
 */
public record CancelCommand(String job) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("cancel", "cancel Job=%127s\n");

  @Override
  public String wireText() {
    return FORMAT.format(job);
  }

  public static CancelCommand parse(String wire) throws ProtocolException {
    return new CancelCommand(FORMAT.scan(wire).text(0));
  }
}
