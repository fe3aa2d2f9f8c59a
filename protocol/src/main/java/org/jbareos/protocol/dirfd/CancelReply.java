package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The FD's answer to a {@link CancelCommand}, followed by an EOD ({@code filed/dir_cmd.cc CancelCmd}, PROTOCOL.md
 * §5.1): {@code 2001 Job <job> marked to be canceled.\n} or {@code 2901 Job <job> not found.\n}; a command without a
 * job gets {@link #SCAN_ERROR}.
 */
public record CancelReply(String job, boolean canceled) implements TextMessage {
  public static final WireFormat CANCELED = WireFormat.of("cancel reply", "2001 Job %s marked to be canceled.\n");
  public static final WireFormat NOT_FOUND = WireFormat.of("cancel reply", "2901 Job %s not found.\n");
  public static final String SCAN_ERROR = "2902 Error scanning cancel command.\n";

  @Override
  public String wireText() {
    return (canceled ? CANCELED : NOT_FOUND).format(job);
  }

  public static CancelReply parse(String wire) throws ProtocolException {
    if (wire.startsWith("2001 ")) {
      return new CancelReply(CANCELED.scan(wire).text(0), true);
    }
    return new CancelReply(NOT_FOUND.scan(wire).text(0), false);
  }
}
