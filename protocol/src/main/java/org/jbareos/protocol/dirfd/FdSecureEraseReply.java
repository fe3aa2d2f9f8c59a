package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The FD's answer to {@code getSecureEraseCmd\n}: {@code 2000 OK FDSecureEraseCmd <cmd|*None*>\n}, no space before
 * the {@code \n}, unlike the SD's ({@code filed/dir_cmd.cc OKsecureerase}, PROTOCOL.md §5.1).
 */
public record FdSecureEraseReply(String command) implements TextMessage {
  public static final String NONE = "*None*";
  public static final WireFormat FORMAT = WireFormat.of("FD secure erase reply", "2000 OK FDSecureEraseCmd %s\n");

  @Override
  public String wireText() {
    return FORMAT.format(command);
  }

  public static FdSecureEraseReply parse(String wire) throws ProtocolException {
    return new FdSecureEraseReply(FORMAT.scan(wire).text(0));
  }
}
