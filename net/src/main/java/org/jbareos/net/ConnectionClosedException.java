package org.jbareos.net;

import java.io.EOFException;

/**
 * The peer closed the connection. When it closed in the middle of a frame, the message says how many bytes of the
 * header or payload were still missing, so a truncated frame is never mistaken for a short message.
 */
public class ConnectionClosedException extends EOFException {
  private static final long serialVersionUID = 1L;

  public ConnectionClosedException(String message) {
    super(message);
  }
}
