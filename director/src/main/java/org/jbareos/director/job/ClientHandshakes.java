package org.jbareos.director.job;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbareos.config.dir.ClientResource;

/**
 * Which Clients this Director has completed a handshake with since it loaded its configuration ({@code
 * ClientResource::connection_successful_handshake_}, {@code dird/fd_cmds.cc SetConnectionHandshakeMode}): until the
 * first success each job logs {@code Probing client protocol... (result will be saved until config reload)}, and the
 * first success's {@code Handshake:} line starts with the {@code \r\v} that Bareos turns into two more spaces.
 */
final class ClientHandshakes {
  static final String PROBING = "Probing client protocol... (result will be saved until config reload)";

  private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

  /** Whether the next connection to {@code client} probes (no handshake has succeeded yet). */
  boolean probing(ClientResource client) {
    return !succeeded.contains(client.name());
  }

  /**
   * Records a successful handshake and returns its job log line ({@code SendInfoSuccess}): {@code
   * "   Handshake: Cleartext "} the first time, {@code " Handshake: Cleartext "} later; {@code Immediate TLS} instead
   * of {@code Cleartext} when the Client resource enables TLS.
   */
  String succeeded(ClientResource client) {
    boolean first = succeeded.add(client.name());
    String mode = client.tls().enable() ? "Immediate TLS" : "Cleartext";
    return (first ? "  " : "") + " Handshake: " + mode + " ";
  }
}
