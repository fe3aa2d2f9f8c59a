package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director's job command to the File Daemon (PROTOCOL.md §5.1; {@code dird/fd_cmds.cc jobcmd},
 * {@code filed/evaluate_job_command.cc}):
 *
 * <pre>
 * JobId=%s Job=%s SDid=%u SDtime=%u Authorization=%s\n           (cleartext-first clients)
 * JobId=%s Job=%s SDid=%u SDtime=%u Authorization=%s ssl=%u\n    (TLS-first clients)
 * </pre>
 *
 * The FD tries the form with {@code ssl=} first.
 *
 * @param volSessionId the SD's {@code SDid}
 * @param volSessionTime the SD's {@code SDtime}
 * @param authorization the SD session key ({@code dummy} when there is none)
 * @param ssl the TLS policy for the FD→SD connection (0, 4, or 254 for verify levels without SD); {@code null} for
 *     the old form without {@code ssl=}
 */
public record FdJobCommand(
    long jobId, String job, long volSessionId, long volSessionTime, String authorization, Integer ssl)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "FD Job command", "JobId=%lu Job=%127s SDid=%lu SDtime=%lu Authorization=%100s\n");
  public static final WireFormat FORMAT_SSL =
      WireFormat.of(
          "FD Job command", "JobId=%lu Job=%127s SDid=%lu SDtime=%lu Authorization=%100s ssl=%lu\n");

  @Override
  public String wireText() {
    return ssl == null
        ? FORMAT.format(jobId, job, volSessionId, volSessionTime, authorization)
        : FORMAT_SSL.format(jobId, job, volSessionId, volSessionTime, authorization, ssl);
  }

  public static FdJobCommand parse(String wire) throws ProtocolException {
    if (FORMAT_SSL.matches(wire)) {
      WireFormat.Fields f = FORMAT_SSL.scan(wire);
      return new FdJobCommand(f.number(0), f.text(1), f.number(2), f.number(3), f.text(4), f.integer(5));
    }
    WireFormat.Fields f = FORMAT.scan(wire);
    return new FdJobCommand(f.number(0), f.text(1), f.number(2), f.number(3), f.text(4), null);
  }
}
