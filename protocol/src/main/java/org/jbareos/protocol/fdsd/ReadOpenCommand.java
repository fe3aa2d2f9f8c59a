package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * {@code read open session = <volume> <VolSessionId> <VolSessionTime> <StartFile> <EndFile> <StartBlock>
 * <EndBlock>\n} ({@code filed/dir_cmd.cc read_open}, PROTOCOL.md §7.4). The FD sends {@link #DUMMY_VOLUME} and
 * zeros; the SD really reads what the bootstrap selects. The SD answers an {@link OpenTicketReply}.
 */
public record ReadOpenCommand(
    String volume, long volSessionId, long volSessionTime, long startFile, long endFile, long startBlock,
    long endBlock)
    implements TextMessage {
  /** The volume name the FD sends. */
  public static final String DUMMY_VOLUME = "DummyVolume";

  public static final WireFormat FORMAT =
      WireFormat.of("read open session", "read open session = %127s %u %u %u %u %u %u\n");

  /** The command as the FD sends it, with the session of the Job command. */
  public static ReadOpenCommand of(long volSessionId, long volSessionTime) {
    return new ReadOpenCommand(DUMMY_VOLUME, volSessionId, volSessionTime, 0, 0, 0, 0);
  }

  @Override
  public String wireText() {
    return FORMAT.format(volume, volSessionId, volSessionTime, startFile, endFile, startBlock, endBlock);
  }

  public static ReadOpenCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new ReadOpenCommand(
        f.text(0), f.number(1), f.number(2), f.number(3), f.number(4), f.number(5), f.number(6));
  }
}
