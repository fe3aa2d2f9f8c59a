package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code verify level=<init|catalog|volume|data|disk_to_catalog>\n} ({@code filed/dir_cmd.cc verifycmd} {@code
 * "verify level=%30s"}, PROTOCOL.md §5.1). The FD answers {@link DirFdLine#VERIFY_OK}.
 */
public record VerifyCommand(String level) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("verify", "verify level=%30s\n");

  @Override
  public String wireText() {
    return FORMAT.format(level);
  }

  public static VerifyCommand parse(String wire) throws ProtocolException {
    return new VerifyCommand(FORMAT.scan(wire).text(0));
  }
}
