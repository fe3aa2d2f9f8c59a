package org.jbareos.protocol.dirsd;

import java.nio.charset.StandardCharsets;
import org.jbareos.protocol.WireFormat;

/**
 * What a data frame from the SD (or FD) job socket is to the Director, decided the way {@code
 * dird/getmsg.cc:BgetDirmsg} does (PROTOCOL.md §1.2, §6.2):
 *
 * <ol>
 *   <li>a frame whose first byte is a digit is a {@link #RESPONSE} and goes to the code that waits for it;
 *   <li>any other frame must match {@code "%020s Job=%127s "}, else it is {@link #MALFORMED} (logged and dropped);
 *   <li>then its first character picks the handler: {@code J} {@link #JOB_MESSAGE}, {@code C} {@link
 *       #CATALOG_REQUEST}, {@code U} {@link #CATALOG_UPDATE}, {@code B} {@link #BLAST_ATTR}, {@code S} {@link
 *       #STATUS};
 *   <li>any other first character is handed to the caller like a response ({@link #OTHER}).
 * </ol>
 */
public enum DirectorMessageKind {
  RESPONSE,
  JOB_MESSAGE,
  CATALOG_REQUEST,
  CATALOG_UPDATE,
  BLAST_ATTR,
  STATUS,
  MALFORMED,
  OTHER;

  private static final WireFormat REQUEST = WireFormat.of("Director request", "%20s Job=%127s ");

  /**
   * Whether the frame is a {@link #RESPONSE}: the first test of {@link #classify}, for the loop that waits for one and
   * hands everything else on to be classified once.
   */
  public static boolean isResponse(byte[] payload) {
    return payload.length > 0 && payload[0] >= '0' && payload[0] <= '9';
  }

  /** Classifies a data frame's payload. */
  public static DirectorMessageKind classify(byte[] payload) {
    if (isResponse(payload)) {
      return RESPONSE;
    }
    String head = new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.ISO_8859_1);
    int nul = head.indexOf('\0');
    if (!REQUEST.matches(nul < 0 ? head : head.substring(0, nul))) {
      return MALFORMED;
    }
    return switch (head.charAt(0)) {
      case 'J' -> JOB_MESSAGE;
      case 'C' -> CATALOG_REQUEST;
      case 'U' -> CATALOG_UPDATE;
      case 'B' -> BLAST_ATTR;
      case 'S' -> STATUS;
      default -> OTHER;
    };
  }
}
