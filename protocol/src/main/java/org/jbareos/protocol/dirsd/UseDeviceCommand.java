package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/** {@code use device=%s\n}, the device name bashed ({@code stored/reserve.cc use_device}, PROTOCOL.md §6.1). */
public record UseDeviceCommand(String device) implements TextMessage {
  public static final WireFormat FORMAT = WireFormat.of("use device", "use device=%127s\n");

  @Override
  public String wireText() {
    return FORMAT.format(bash(device));
  }

  public static UseDeviceCommand parse(String wire) throws ProtocolException {
    return new UseDeviceCommand(unbash(FORMAT.scan(wire).text(0)));
  }
}
