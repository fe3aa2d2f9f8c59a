package org.jbareos.net.tls;

import java.io.IOException;

/**
 * A TLS handshake did not complete: wrong key, unknown identity, the peer closed or sent something that is not TLS,
 * or it did not answer in time. The message says which, and names the peer.
 */
public final class TlsHandshakeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final boolean credentialsRejected;

  /** A failure with a clear message and the exception that caused it. */
  public TlsHandshakeException(String message, Throwable cause) {
    this(message, cause, false);
  }

  /**
   * @param credentialsRejected true when the handshake failed on the PSK itself (the keys differ, or the server knows
   *     no such identity): an authentication failure, as a wrong CRAM-MD5 password is on a cleartext link
   */
  public TlsHandshakeException(String message, Throwable cause, boolean credentialsRejected) {
    super(message, cause);
    this.credentialsRejected = credentialsRejected;
  }

  /** A failure detected by our own checks. */
  public TlsHandshakeException(String message) {
    super(message);
    this.credentialsRejected = false;
  }

  /** True when the peer's or our PSK was refused, rather than the link failing. */
  public boolean credentialsRejected() {
    return credentialsRejected;
  }
}
