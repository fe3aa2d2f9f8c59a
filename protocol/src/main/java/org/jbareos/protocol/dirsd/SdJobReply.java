package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Storage Daemon's answer to the {@link SdJobCommand}: {@code 3000 OK Job SDid=<VolSessionId>
 * SDtime=<VolSessionTime> Authorization=<session key>\n} (PROTOCOL.md §6.1; {@code stored/job.cc OK_job},
 * read with {@code dird/msgchan.cc} {@code "3000 OK Job SDid=%lu SDtime=%lu Authorization=%100s\n"}).
 *
 * @param volSessionId the SD's session id for this job (increments per SD job)
 * @param volSessionTime the SD's start time
 * @param authorization the session key the FD uses to log in to the SD (8 groups of 4 letters A-P joined by {@code -}, 39 characters)
 */
public record SdJobReply(long volSessionId, long volSessionTime, String authorization) implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of("SD Job reply", "3000 OK Job SDid=%u SDtime=%u Authorization=%100s\n");

  @Override
  public String wireText() {
    return FORMAT.format(volSessionId, volSessionTime, authorization);
  }

  public static SdJobReply parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new SdJobReply(f.number(0), f.number(1), f.text(2));
  }
}
