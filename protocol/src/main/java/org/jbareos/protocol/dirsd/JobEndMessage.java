package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's end of job report {@code 3099 Job <job> end JobStatus=%d JobFiles=%u JobBytes=%s JobErrors=%u\n}
 * ({@code stored/job.cc}, read with {@code dird/msgchan.cc Job_end}, PROTOCOL.md §6.1). The Director's message
 * thread ends on it.
 */
public record JobEndMessage(String job, int jobStatus, long jobFiles, long jobBytes, long jobErrors)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "Job end", "3099 Job %127s end JobStatus=%d JobFiles=%lu JobBytes=%llu JobErrors=%lu\n");

  /** The status; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobStatus status() {
    return JobStatus.fromWireValue(jobStatus);
  }

  @Override
  public String wireText() {
    return FORMAT.format(job, jobStatus, jobFiles, jobBytes, jobErrors);
  }

  public static JobEndMessage parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new JobEndMessage(f.text(0), f.integer(1), f.number(2), f.number(3), f.number(4));
  }
}
