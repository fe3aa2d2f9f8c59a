package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code 3000 OK close Status = <JobStatus as int>\n}, then EOD ({@code filed/dir_cmd.cc OK_close}, PROTOCOL.md §7.2,
 * §7.4). The FD takes 84 ({@code T}) and 87 ({@code W}) as success.
 */
public record CloseStatusReply(int jobStatus) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("close status reply", "3000 OK close Status = %d\n");

  /** The status; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobStatus status() {
    return JobStatus.fromWireValue(jobStatus);
  }

  @Override
  public String wireText() {
    return FORMAT.format(jobStatus);
  }

  public static CloseStatusReply parse(String wire) throws ProtocolException {
    return new CloseStatusReply(FORMAT.scan(wire).integer(0));
  }
}
