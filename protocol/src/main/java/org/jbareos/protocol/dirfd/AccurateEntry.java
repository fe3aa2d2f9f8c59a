package org.jbareos.protocol.dirfd;

import java.nio.charset.StandardCharsets;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.WireFormat;

/**
 * One file of the accurate list: {@code <path><name>\0<lstat>\0<checksum>\0<delta seq>}, no trailing NUL; without
 * a checksum the frame has two NULs in a row ({@code dird/backup.cc:AccurateListHandler}, PROTOCOL.md §5.1). The FD
 * also takes the older form {@code <name>\0<lstat>} (no checksum, delta seq 0), as {@code filed/accurate.cc
 * AccurateCmd} does.
 *
 * @param fileName the full name (catalog path + file name)
 * @param lstat the catalog's encoded stat text (see {@link org.jbareos.protocol.attributes.EncodedStat})
 * @param checksum the catalog's digest text, empty when the Director does not send checksums
 * @param deltaSeq the delta sequence
 */
public record AccurateEntry(String fileName, String lstat, String checksum, int deltaSeq) {

  public byte[] toWire() {
    return (fileName + '\0' + lstat + '\0' + checksum + '\0' + deltaSeq).getBytes(StandardCharsets.UTF_8);
  }

  public static AccurateEntry parse(byte[] payload) throws ProtocolException {
    String text = new String(payload, StandardCharsets.UTF_8);
    String[] parts = text.split("\0", -1);
    if (parts.length == 2) {
      return new AccurateEntry(parts[0], parts[1], "", 0);
    }
    if (parts.length != 4) {
      throw new ProtocolException(
          "accurate entry: expected <name>\\0<lstat>\\0<checksum>\\0<delta seq>, got \"" + WireFormat.printable(text)
              + "\"");
    }
    try {
      return new AccurateEntry(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]));
    } catch (NumberFormatException e) {
      throw new ProtocolException("accurate entry: expected a number for the delta seq, got \"" + parts[3] + "\"");
    }
  }
}
