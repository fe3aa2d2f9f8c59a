package org.jbareos.net.session;

import java.io.IOException;

/**
 * A server refused a connection before or instead of authenticating it: not a Bareos hello, a peer it does not
 * know, a hello that does not match the TLS-PSK identity, or a TLS policy that forbids the handshake mode.
 */
public final class SessionRefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  public SessionRefusedException(String message) {
    super(message);
  }
}
