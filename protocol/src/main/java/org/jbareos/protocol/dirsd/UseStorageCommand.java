package org.jbareos.protocol.dirsd;

import static org.jbareos.net.BashedSpaces.bash;
import static org.jbareos.net.BashedSpaces.unbash;

import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.WireFormat;

/**
 * One storage of a reservation: {@code use storage=%s media_type=%s pool_name=%s pool_type=%s append=%d copy=%d
 * stripe=%d\n} ({@code dird/msgchan.cc use_storage}, {@code stored/reserve.cc use_storage}, PROTOCOL.md §6.1). Names
 * are bashed. It is followed by one {@link UseDeviceCommand} per device and an EOD; after all storages another EOD.
 */
public record UseStorageCommand(
    String storage, String mediaType, String poolName, String poolType, boolean append, int copy, int stripe)
    implements TextMessage {
  public static final WireFormat FORMAT =
      WireFormat.of(
          "use storage",
          "use storage=%127s media_type=%127s pool_name=%127s pool_type=%127s append=%d copy=%d stripe=%d\n");

  @Override
  public String wireText() {
    return FORMAT.format(
        bash(storage), bash(mediaType), bash(poolName), bash(poolType), append ? 1 : 0, copy, stripe);
  }

  public static UseStorageCommand parse(String wire) throws ProtocolException {
    WireFormat.Fields f = FORMAT.scan(wire);
    return new UseStorageCommand(
        unbash(f.text(0)), unbash(f.text(1)), unbash(f.text(2)), unbash(f.text(3)), f.number(4) != 0,
        f.integer(5), f.integer(6));
  }
}
