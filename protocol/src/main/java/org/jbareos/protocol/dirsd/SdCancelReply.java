package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's answer to {@code cancel Job=<job>\n} ({@link org.jbareos.protocol.dirfd.CancelCommand}), followed by an
 * EOD ({@code stored/dir_cmd.cc CancelCmd}, PROTOCOL.md §6.1): {@code 3000 JobId=%u Job="%s" marked to be
 * canceled.\n}, or {@code 3904 Job %s not found.\n} (then {@code jobId} is 0); a command without a job gets
 * {@link #SCAN_ERROR}.
 */
public record SdCancelReply(long jobId, String job, boolean canceled) implements TextMessage {
  public static final WireFormat CANCELED =
      WireFormat.of("SD cancel reply", "3000 JobId=%u Job=\"%s marked to be canceled.\n");
  public static final WireFormat NOT_FOUND = WireFormat.of("SD cancel reply", "3904 Job %s not found.\n");
  public static final String SCAN_ERROR = "3903 Error scanning cancel command.\n";

  @Override
  public String wireText() {
    return canceled ? CANCELED.format(jobId, job + "\"") : NOT_FOUND.format(job);
  }

  public static SdCancelReply parse(String wire) throws ProtocolException {
    if (!wire.startsWith("3000 ")) {
      return new SdCancelReply(0, NOT_FOUND.scan(wire).text(0), false);
    }
    WireFormat.Fields f = CANCELED.scan(wire);
    String quoted = f.text(1);
    if (!quoted.endsWith("\"")) {
      throw new ProtocolException("SD cancel reply: expected a closing quote after the job in \"" + wire + "\"");
    }
    return new SdCancelReply(f.number(0), quoted.substring(0, quoted.length() - 1), true);
  }
}
