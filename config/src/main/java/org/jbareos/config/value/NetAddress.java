package org.jbareos.config.value;

/**
 * One address a daemon listens on, from {@code Addresses = { ip = { addr = ...; port = ... } }}
 * or from {@code Address} and {@code Port} ({@code core/src/lib/address_conf.cc}).
 *
 * @param family {@code ip} (IPv4 or IPv6, as resolved), {@code ipv4} or {@code ipv6}
 * @param host the host name or address; null means every local address
 * @param port the TCP port
 */
public record NetAddress(Family family, String host, int port) {

  /** The keys Bareos accepts inside {@code Addresses}. */
  public enum Family { IP, IPV4, IPV6 }
}
