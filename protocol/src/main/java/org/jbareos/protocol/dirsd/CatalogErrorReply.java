package org.jbareos.protocol.dirsd;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * A Director error answer to a catalog request: a 4-digit code (19xx), a space and a text ({@code dird/catreq.cc},
 * PROTOCOL.md §6.2). The SD does not parse the text; it logs it ("Error getting Volume info: ...").
 *
 * @param code the code, e.g. 1997
 * @param text the text after the code, with its {@code \n} if it has one
 */
public record CatalogErrorReply(int code, String text) implements TextMessage {

  /** {@code 1997 Volume "%s" not in catalog.\n} */
  public static CatalogErrorReply volumeNotInCatalog(String volumeName) {
    return new CatalogErrorReply(1997, "Volume \"" + volumeName + "\" not in catalog.\n");
  }

  /** {@code 1998 Volume "%s" catalog status is %s, %s.\n} */
  public static CatalogErrorReply volumeStatus(String volumeName, String volStatus, String reason) {
    return new CatalogErrorReply(
        1998, "Volume \"" + volumeName + "\" catalog status is " + volStatus + ", " + reason + ".\n");
  }

  /** {@code 1991 Catalog Request for vol=%s failed: %s} */
  public static CatalogErrorReply requestFailed(String volumeName, String error) {
    return new CatalogErrorReply(1991, "Catalog Request for vol=" + volumeName + " failed: " + error);
  }

  /** {@code 1990 Invalid Catalog Request: %s} (the request is echoed). */
  public static CatalogErrorReply invalidRequest(String request) {
    return new CatalogErrorReply(1990, "Invalid Catalog Request: " + request);
  }

  @Override
  public String wireText() {
    return code + " " + text;
  }

  public static CatalogErrorReply parse(String wire) throws ProtocolException {
    if (wire.length() < 5 || wire.charAt(4) != ' ' || !wire.startsWith("19")
        || !Character.isDigit(wire.charAt(2)) || !Character.isDigit(wire.charAt(3))) {
      throw new ProtocolException(
          "Catalog error reply: expected \"19nn <text>\", got \"" + WireFormat.printable(wire) + "\"");
    }
    return new CatalogErrorReply(Integer.parseInt(wire.substring(0, 4)), wire.substring(5));
  }
}
