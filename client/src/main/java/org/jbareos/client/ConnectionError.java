package org.jbareos.client;

import java.io.IOException;

/**
 * The connection to the Director failed or was lost: it could not be opened, the TLS handshake failed, or the
 * Director closed it in the middle of an answer. python-bareos's {@code bareos.exceptions.ConnectionError}.
 */
public class ConnectionError extends IOException {
  private static final long serialVersionUID = 1L;

  public ConnectionError(String message) {
    super(message);
  }

  public ConnectionError(String message, Throwable cause) {
    super(message, cause);
  }
}
