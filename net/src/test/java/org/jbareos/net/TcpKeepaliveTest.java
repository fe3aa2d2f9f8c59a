package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Test;

/** Keepalive on a connected socket, as Bareos's {@code SetKeepalive} sets it (PROTOCOL.md §1). */
class TcpKeepaliveTest {

  @Test
  void heartbeatIntervalBecomesKeepaliveIdleTimeAndProbeInterval() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        Socket accepted = listener.accept()) {
      TcpKeepalive.enable(socket, Duration.ofSeconds(45));
      assertThat(socket.getOption(StandardSocketOptions.SO_KEEPALIVE)).isTrue();
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(45);
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).isEqualTo(45);
    }
  }

  @Test
  void withoutHeartbeatIntervalOnlyKeepaliveIsSwitchedOn() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        Socket accepted = listener.accept()) {
      int systemIdle = socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE);
      TcpKeepalive.enable(socket, Duration.ZERO);
      assertThat(socket.getOption(StandardSocketOptions.SO_KEEPALIVE)).isTrue();
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(systemIdle);
    }
  }

  @Test
  void intervalsBeyondTheKernelLimitAreClamped() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        Socket accepted = listener.accept()) {
      TcpKeepalive.enable(socket, Duration.ofDays(2));
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(TcpKeepalive.MAX_SECONDS);
    }
  }
}
