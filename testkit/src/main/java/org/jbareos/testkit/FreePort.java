package org.jbareos.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A loopback port free at the moment, for a daemon whose configuration must name its port before it listens. */
public final class FreePort {

  private FreePort() {}

  /** A port nobody listens on now on the loopback address (the system's choice of an ephemeral port). */
  public static int onLoopback() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
