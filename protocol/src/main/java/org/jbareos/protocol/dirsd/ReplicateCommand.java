package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The Director tells the reading SD of a copy or migration to send its records to the writing SD: {@code replicate
 * JobId=%u Job=%s address=%s port=%u ssl=%u Authorization=%s\n} (PROTOCOL.md §6.1; {@code dird/migrate.cc
 * replicatecmd}, {@code stored/dir_cmd.cc replicatecmd}). JobId, Job and the key are those of the <b>writing</b>
 * SD's job. The reading SD connects (§7.5) and answers {@link DirSdLine#REPLICATE_OK}.
 */
public record ReplicateCommand(long jobId, String job, String address, int port, int ssl, String authorization)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "replicate", "replicate JobId=%lu Job=%127s address=%s port=%d ssl=%lu Authorization=%100s\n");

  @Override
  public String wireText() {
    return FORMAT.format(jobId, job, address, port, ssl, authorization);
  }

  public static ReplicateCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new ReplicateCommand(f.number(0), f.text(1), f.text(2), f.integer(3), f.integer(4), f.text(5));
  }
}
