package org.jbareos.net.session;

import org.jbareos.net.AuthenticationException;
import org.jbareos.net.tls.TlsHandshakeException;

/**
 * With TLS-PSK first, a wrong password fails in the TLS handshake, before CRAM-MD5 (PROTOCOL.md §3.2): report it as
 * the authentication failure it is, so callers see the same exception type on every transport.
 */
final class TlsFailures {

  private TlsFailures() {}

  static java.io.IOException asAuthenticationFailure(TlsHandshakeException e) {
    return e.credentialsRejected() ? new AuthenticationException(e.getMessage(), e) : e;
  }
}
