package org.jbareos.protocol.dirfd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The FD's end of job report {@code 2800 End Job TermCode=%d JobFiles=%u ReadBytes=%s JobBytes=%s Errors=%u VSS=%d
 * Encrypt=%d\n} ({@code filed/dir_cmd.cc EndJob}, {@code dird/backup.cc EndJob}, PROTOCOL.md §5.1), followed by
 * BNET_TERMINATE.
 *
 * @param termCode the job status character's code (84 = {@code T})
 */
public record EndJobReport(
    int termCode, long jobFiles, long readBytes, long jobBytes, long errors, boolean vss, boolean encrypt)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "2800 End Job",
          "2800 End Job TermCode=%d JobFiles=%u ReadBytes=%llu JobBytes=%llu Errors=%u VSS=%d Encrypt=%d\n");

  /** The job status of {@code TermCode}; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobStatus status() {
    return JobStatus.fromWireValue(termCode);
  }

  @Override
  public String wireText() {
    return FORMAT.format(termCode, jobFiles, readBytes, jobBytes, errors, vss ? 1 : 0, encrypt ? 1 : 0);
  }

  public static EndJobReport parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new EndJobReport(
        f.integer(0), f.number(1), f.number(2), f.number(3), f.number(4), f.number(5) != 0, f.number(6) != 0);
  }
}
