package org.jbareos.net.tls;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;

/** How transports name their peer in logs and messages: {@code 127.0.0.1:9103}. */
final class SocketAddresses {

  private SocketAddresses() {}

  static String remote(Socket socket) {
    SocketAddress address = socket.getRemoteSocketAddress();
    if (address instanceof InetSocketAddress inet) {
      String host = inet.getAddress() != null ? inet.getAddress().getHostAddress() : inet.getHostString();
      return host + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }
}
