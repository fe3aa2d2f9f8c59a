package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's {@code 3010 Job <job> start\n}, sent when the FD has logged in ({@code dird/msgchan.cc Job_start},
 * PROTOCOL.md §6.1).
 *
 * @param job the unique job name
 */
public record JobStartMessage(String job) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("Job start", "3010 Job %127s start\n");

  @Override
  public String wireText() {
    return FORMAT.format(job);
  }

  public static JobStartMessage parse(String wire) throws ProtocolException {
    return new JobStartMessage(FORMAT.scan(wire).text(0));
  }
}
