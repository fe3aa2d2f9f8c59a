package org.jbareos.config.schema;

import java.util.List;
import org.jbareos.config.value.NetAddress;

/**
 * Where a daemon listens ({@code lib/address_conf.cc}): the {@code Addresses} block when given,
 * else one address from {@code Address} (every local address when unset) and {@code Port}.
 */
public final class ListenAddresses {

  private ListenAddresses() {}

  public static List<NetAddress> of(Resource r, Directive<List<NetAddress>> addresses,
      Directive<String> address, Directive<Integer> port) {
    if (r.isSet(addresses)) {
      return r.get(addresses);
    }
    return List.of(new NetAddress(NetAddress.Family.IP, r.get(address), r.get(port)));
  }
}
