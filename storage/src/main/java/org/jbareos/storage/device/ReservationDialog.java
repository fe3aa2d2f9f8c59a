package org.jbareos.storage.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirsd.UseDeviceCommand;
import org.jbareos.protocol.dirsd.UseStorageCommand;

/**
 * Reads a reservation request from the Director ({@code stored/reserve.cc:UseDeviceCmd}, PROTOCOL.md §6.1):
 *
 * <pre>
 * use storage=File media_type=File pool_name=Full pool_type=Backup append=1 copy=0 stripe=0\n   (the command)
 * use device=FileStorage\n                                                                  (one per device)
 * BNET_EOD                                                                                   (end of devices)
 * [use storage=... / use device=... / EOD]*                                                  (more storages)
 * BNET_EOD                                                                                   (end of storages)
 * </pre>
 *
 * A line that is neither form ends the dialog with {@link BadUseCommandException}; the Director then gets {@code
 * 3913 Bad use command: <line>}.
 */
public final class ReservationDialog {
  private ReservationDialog() {}

  /** A {@code use storage} or {@code use device} line that does not scan. */
  public static final class BadUseCommandException extends ProtocolException {
    private final String line;

    public BadUseCommandException(String line) {
      super("Bad use command: " + line);
      this.line = line;
    }

    /** The offending line as received. */
    public String line() {
      return line;
    }
  }

  /** Reads the rest of the dialog after the first {@code use storage=} line. */
  public static ReservationRequest read(String firstLine, BareosConnection director) throws IOException {
    List<ReservationRequest.Storage> storages = new ArrayList<>();
    String line = firstLine;
    while (true) {
      UseStorageCommand storage = parseStorage(line);
      List<String> devices = new ArrayList<>();
      for (Packet p; (p = director.receive()) instanceof Packet.Message m; ) {
        String deviceLine = TextMessage.decode(m.payload());
        if (!UseDeviceCommand.FORMAT.matches(deviceLine)) {
          throw new BadUseCommandException(deviceLine);
        }
        devices.add(UseDeviceCommand.parse(deviceLine).device());
      }
      storages.add(new ReservationRequest.Storage(storage, devices));
      Packet next = director.receive();
      if (!(next instanceof Packet.Message m)) {
        return new ReservationRequest(storages);
      }
      line = TextMessage.decode(m.payload());
    }
  }

  private static UseStorageCommand parseStorage(String line) throws BadUseCommandException {
    if (!UseStorageCommand.FORMAT.matches(line)) {
      throw new BadUseCommandException(line);
    }
    try {
      return UseStorageCommand.parse(line);
    } catch (ProtocolException e) {
      throw new BadUseCommandException(line);
    }
  }
}
