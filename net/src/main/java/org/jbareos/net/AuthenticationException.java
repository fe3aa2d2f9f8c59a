package org.jbareos.net;

import java.io.IOException;

/**
 * The CRAM-MD5 handshake failed (PROTOCOL.md §2.3): wrong password, replayed or malformed challenge, or a verdict
 * other than {@code 1000 OK auth\n}. The message names the side (challenger or responder) and the names involved.
 */
public class AuthenticationException extends IOException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(String message) {
    super(message);
  }

  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
