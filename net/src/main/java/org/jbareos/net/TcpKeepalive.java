package org.jbareos.net;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;

/**
 * The TCP keepalive of every Bareos socket (PROTOCOL.md §1): {@code SO_KEEPALIVE} always, on connect and accept. With
 * a {@code Heartbeat Interval}, also {@code TCP_KEEPIDLE} and {@code TCP_KEEPINTVL} set to it, as Bareos's connect
 * does ({@code lib/bsock_tcp.cc SetKeepalive(..., heart_beat, heart_beat)}), so the kernel probes a silent link
 * after one interval instead of its default two hours. A system without those options keeps its defaults.
 */
public final class TcpKeepalive {
  /** Linux's largest {@code TCP_KEEPIDLE} and {@code TCP_KEEPINTVL} ({@code MAX_TCP_KEEPIDLE}, seconds). */
  static final int MAX_SECONDS = 32_767;

  private TcpKeepalive() {}

  /**
   * Switches keepalive on for {@code socket}, connected or not.
   *
   * @param heartbeatInterval the resource's {@code Heartbeat Interval}; zero keeps the system's idle time and interval
   */
  public static void enable(Socket socket, Duration heartbeatInterval) throws IOException {
    socket.setKeepAlive(true);
    if (!heartbeatInterval.isPositive()
        || !socket.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)
        || !socket.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPINTERVAL)) {
      return;
    }
    int seconds = Math.clamp(heartbeatInterval.toSeconds(), 1, MAX_SECONDS);
    socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, seconds);
    socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, seconds);
  }
}
