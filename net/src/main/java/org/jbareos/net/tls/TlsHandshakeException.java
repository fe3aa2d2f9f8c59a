package org.jbareos.net.tls;

import java.io.IOException;

/**
 * A TLS handshake did not complete: wrong key, unknown identity, the peer closed or sent something that is not TLS,
 * or it did not answer in time. The message says which, and names the peer.
 */
public final class TlsHandshakeException extends IOException {

  private static final long serialVersionUID = 1L;

  /** A failure with a clear message and the exception that caused it. */
  public TlsHandshakeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure detected by our own checks. */
  public TlsHandshakeException(String message) {
    super(message);
  }
}
