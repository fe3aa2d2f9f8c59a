package org.jbareos.net.hello;

import org.jbareos.net.ProtocolException;

/**
 * The sanity check a server makes on the length of a hello payload before parsing it (PROTOCOL.md §2.1):
 * {@code MIN_MSG_LEN}/{@code MAX_MSG_LEN} in {@code dird/socket_server.cc} (15..128+25) and {@code
 * stored/socket_server.cc} (25..128+30), and 25..500 in {@code filed/authenticate.cc} for the Director's hello.
 */
public enum HelloLengthLimit {
  /** The Director's listener: 15 to 153 bytes. */
  DIRECTOR(15, 153),
  /** The Storage Daemon's listener: 25 to 158 bytes. */
  STORAGE_DAEMON(25, 158),
  /** The File Daemon checking a Director hello: 25 to 500 bytes. */
  FILE_DAEMON(25, 500);

  private final int min;
  private final int max;

  HelloLengthLimit(int min, int max) {
    this.min = min;
    this.max = max;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  /**
   * @throws ProtocolException "Invalid connection from &lt;peer&gt;. Len=&lt;n&gt;" (the servers' log line) when
   *     the length is out of range
   */
  public void check(int length, String peer) throws ProtocolException {
    if (length < min || length > max) {
      throw new ProtocolException("Invalid connection from " + peer + ". Len=" + length + " (a " + name()
          + " accepts " + min + ".." + max + " bytes)");
    }
  }
}
