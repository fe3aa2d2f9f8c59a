package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's answer to {@code getSecureEraseCmd\n}: {@code 2000 OK SDSecureEraseCmd <cmd|*None*> \n}, with a space
 * before the {@code \n} ({@code stored/dir_cmd.cc OKsecureerase}, PROTOCOL.md §6.1). The Director scans one word.
 *
 * @param command the configured secure erase command, or {@link #NONE}
 */
public record SdSecureEraseReply(String command) implements TextMessage {
  public static final String NONE = "*None*";
  public static final WireFormat FORMAT = WireFormat.of("SD secure erase reply", "2000 OK SDSecureEraseCmd %s \n");

  @Override
  public String wireText() {
    return FORMAT.format(command);
  }

  public static SdSecureEraseReply parse(String wire) throws ProtocolException {
    return new SdSecureEraseReply(FORMAT.scan(wire).text(0));
  }
}
