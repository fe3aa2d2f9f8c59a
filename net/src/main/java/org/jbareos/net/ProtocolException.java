package org.jbareos.net;

import java.io.IOException;

/** The peer broke the Bareos wire protocol: a frame, hello or handshake line we must not accept. */
public class ProtocolException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProtocolException(String message) {
    super(message);
  }

  public ProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
