package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * The SD's reservation answer {@code 3000 OK use device device=%s\n}, the device name bashed ({@code
 * stored/reserve.cc OK_device}, PROTOCOL.md §6.1). With just-in-time reservation the device is {@link
 * #JUST_IN_TIME} ({@code JustInTime Device}, sent as {@code JustInTime<SOH>Device}).
 */
public record UseDeviceReply(String device) implements TextMessage {
  /** The device name of a just-in-time reservation. */
  public static final String JUST_IN_TIME = "JustInTime Device";

  public static final WireFormat FORMAT = WireFormat.of("use device reply", "3000 OK use device device=%s\n");

  @Override
  public String wireText() {
    return FORMAT.format(bash(device));
  }

  public static UseDeviceReply parse(String wire) throws ProtocolException {
    return new UseDeviceReply(unbash(FORMAT.scan(wire).text(0)));
  }
}
