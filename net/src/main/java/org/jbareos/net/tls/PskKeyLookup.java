package org.jbareos.net.tls;

import java.util.Optional;

/**
 * The server's view of its configuration during a TLS-PSK handshake: the secret for the identity a client sent, or
 * empty to refuse it (Bareos {@code UsePasswordsFromConfig} / {@code UseConfigAndJcrs}, PROTOCOL.md §3.2). A refused
 * identity makes the handshake fail.
 */
@FunctionalInterface
public interface PskKeyLookup {

  /**
   * @param identity the identity the client sent, already parsed
   * @return the secret of that resource or running job, or empty if there is none (or it must not connect)
   */
  Optional<PskSecret> secretFor(PskIdentity identity);
}
