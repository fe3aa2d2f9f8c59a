package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's header frame before each record of a read session: {@code rechdr <VolSessionId> <VolSessionTime>
 * <FileIndex> <Stream> <data_len>}, no {@code \n}; one data frame follows (the FD reads {@code "rechdr %lu %lu %ld
 * %ld %lu"}; {@code stored/read.cc}, {@code filed/restore.cc}, PROTOCOL.md §7.4).
 */
public record ReadRecordHeader(long volSessionId, long volSessionTime, int fileIndex, int stream, long dataLength)
    implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("rechdr", "rechdr %lu %lu %ld %ld %lu");

  @Override
  public String wireText() {
    return FORMAT.format(volSessionId, volSessionTime, fileIndex, stream, dataLength);
  }

  public static ReadRecordHeader parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new ReadRecordHeader(f.number(0), f.number(1), f.integer(2), f.integer(3), f.number(4));
  }
}
