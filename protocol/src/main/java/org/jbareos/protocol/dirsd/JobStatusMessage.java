package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's job status change: {@code Status Job=<job> JobStatus=<status char as int>\n} ({@code lib/jcr.cc},
 * {@code dird/getmsg.cc Job_status}, PROTOCOL.md §6.2). No reply.
 *
 * @param job the unique job name
 * @param jobStatus the status character's code, e.g. 70 ({@code F}, waiting for the FD) or 82 ({@code R})
 */
public record JobStatusMessage(String job, int jobStatus) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("Status", "Status Job=%127s JobStatus=%d\n");

  /** The status; {@link IllegalArgumentException} for a code Bareos does not define. */
  public JobStatus status() {
    return JobStatus.fromWireValue(jobStatus);
  }

  @Override
  public String wireText() {
    return FORMAT.format(job, jobStatus);
  }

  public static JobStatusMessage parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new JobStatusMessage(f.text(0), f.integer(1));
  }
}
