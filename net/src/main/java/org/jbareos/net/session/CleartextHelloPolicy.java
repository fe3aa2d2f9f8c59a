package org.jbareos.net.session;

import java.util.Optional;
import org.jbareos.net.hello.Hello;

/**
 * Whether a server goes on with a hello that arrived in cleartext, as the seed's "Network startup activity"
 * diagram and PROTOCOL.md §2.2 decide it, by the TLS policy of the peer's resource:
 *
 * <pre>
 *   R_CLIENT                       close if TLS is required, else cleartext handshake
 *   R_CONSOLE with version &lt; 18.2  cleartext handshake
 *   anything else                  cleartext handshake only if TLS is not configured, else close
 * </pre>
 */
public final class CleartextHelloPolicy {

  /** {@code BareosVersionNumber 18.2}: older consoles cannot start TLS before their hello. */
  static final int FIRST_TLS_CONSOLE_VERSION = 1802;

  private CleartextHelloPolicy() {}

  /** Empty when the cleartext handshake may go on, else why the connection is closed. */
  public static Optional<String> refusal(Hello hello, TlsPolicy peerPolicy) {
    return switch (hello) {
      case Hello.Client client when peerPolicy == TlsPolicy.REQUIRED ->
          Optional.of("client " + client.name() + " sent a cleartext hello, but its Client resource requires TLS");
      case Hello.Client client -> Optional.empty();
      case Hello.Console console
          when console.consoleVersion().orElse(0) < FIRST_TLS_CONSOLE_VERSION -> Optional.empty();
      default -> peerPolicy == TlsPolicy.NONE
          ? Optional.empty()
          : Optional.of(hello.type().code() + " " + hello.name()
              + " sent a cleartext hello, but TLS is configured for it (TLS Enable = yes)");
    };
  }
}
