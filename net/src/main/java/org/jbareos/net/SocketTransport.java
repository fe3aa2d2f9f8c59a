package org.jbareos.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

/**
 * A cleartext {@link Transport} over a plain TCP {@link Socket}. SO_KEEPALIVE is on, as Bareos sets it on every
 * connect and accept (PROTOCOL.md §1); TCP_NODELAY is on too, because every frame is already written in one piece
 * and a conversation waits for each reply.
 */
public final class SocketTransport implements Transport {
  /** What {@link #protection()} answers, in the Director's job-log words (PROTOCOL.md §3.2). */
  public static final String CLEARTEXT = "Cleartext";

  private final Socket socket;
  private final InputStream input;
  private final OutputStream output;
  private final String remoteAddress;

  /** Wraps a connected socket (e.g. one from {@code ServerSocket.accept()}) and sets its options. */
  public SocketTransport(Socket socket) throws IOException {
    this(socket, new BufferedInputStream(socket.getInputStream(), 64 * 1024));
  }

  /**
   * Wraps a connected socket whose first bytes a server has already peeked at (PROTOCOL.md §2.2): {@code input} is
   * the socket's stream with those bytes still unread, e.g. a {@link BufferedInputStream} after {@code reset()}.
   */
  public SocketTransport(Socket socket, InputStream input) throws IOException {
    this.socket = Objects.requireNonNull(socket, "socket");
    TcpKeepalive.enable(socket, Duration.ZERO);
    socket.setTcpNoDelay(true);
    this.input = Objects.requireNonNull(input, "input");
    this.output = socket.getOutputStream();
    this.remoteAddress = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
  }

  /**
   * Connects to {@code host:port}.
   *
   * @throws SocketTimeoutException if the TCP connect does not finish within {@code timeout}
   */
  public static SocketTransport connect(String host, int port, Duration timeout) throws IOException {
    Socket socket = new Socket();
    try {
      TcpKeepalive.enable(socket, Duration.ZERO);
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), Math.toIntExact(Math.max(1, timeout.toMillis())));
      return new SocketTransport(socket);
    } catch (IOException | RuntimeException e) {
      try {
        socket.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  @Override
  public InputStream input() {
    return input;
  }

  @Override
  public OutputStream output() {
    return output;
  }

  @Override
  public String protection() {
    return CLEARTEXT;
  }

  @Override
  public String remoteAddress() {
    return remoteAddress;
  }

  /** The socket under this transport, e.g. for a TLS layer to wrap. */
  public Socket socket() {
    return socket;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  @Override
  public String toString() {
    return "SocketTransport[" + remoteAddress + ", " + CLEARTEXT + "]";
  }
}
