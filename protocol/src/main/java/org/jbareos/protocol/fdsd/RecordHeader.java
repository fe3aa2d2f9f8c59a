package org.jbareos.protocol.fdsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The FD's header frame before a record's data frames in an append session: {@code <FileIndex> <Stream> <info>}, no
 * {@code \n}; the FD always sends info 0 and the SD ignores it (it reads {@code "%ld %ld"}; {@code
 * stored/append.cc}, PROTOCOL.md §7.2). One or more data frames follow, then an EOD. A BNET_EOD in header position
 * ends the data.
 *
 * @param fileIndex starts at 1 and stays the same or grows by one
 * @param stream the stream number with its high bits ({@link org.jbareos.protocol.Stream})
 */
public record RecordHeader(int fileIndex, int stream, long info) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("record header", "%ld %ld %ld");
  private static final WireFormat SD_SCAN = WireFormat.of("record header", "%ld %ld");

  /** A header as the FD sends it (info 0). */
  public RecordHeader(int fileIndex, int stream) {
    this(fileIndex, stream, 0);
  }

  @Override
  public String wireText() {
    return FORMAT.format(fileIndex, stream, info);
  }

  /** Reads a header as the SD does; the info field is optional. */
  public static RecordHeader parse(String wire) throws ProtocolException {
    WireFormat.Fields f = SD_SCAN.scan(wire);
    long info = FORMAT.matches(wire) ? FORMAT.scan(wire).number(2) : 0;
    long fileIndex = f.number(0);
    long stream = f.number(1);
    if (fileIndex != (int) fileIndex || stream != (int) stream) {
      throw new ProtocolException("record header: FileIndex or Stream out of range in \"" + wire + "\"");
    }
    return new RecordHeader((int) fileIndex, (int) stream, info);
  }
}
