package org.jbareos.net.session;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jbareos.net.TcpKeepalive;

/**
 * A daemon's listener: one virtual thread per connection (DESIGN.md, Concurrency) runs the {@link ServerHandshake}
 * and then the daemon's {@link SessionHandler}. A connection that fails in any way (garbage, a wrong password, a
 * peer that vanishes, an exception in the handler) is reported and closed; the listener keeps serving the others.
 */
public final class BareosServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(BareosServer.class.getName());

  private final ServerSocket listener;
  private final ServerHandshake handshake;
  private final SessionHandler handler;
  private final Consumer<Exception> failures;
  private final Thread acceptor;

  private BareosServer(ServerSocket listener, ServerHandshake handshake, SessionHandler handler,
      Consumer<Exception> failures) {
    this.listener = listener;
    this.handshake = handshake;
    this.handler = handler;
    this.failures = failures;
    this.acceptor = Thread.ofVirtual().name("accept " + listener.getLocalSocketAddress()).start(this::acceptLoop);
  }

  /**
   * Listens on {@code address} (port 0 picks a free one).
   *
   * @param failures told of every connection that failed (refused, not authenticated, or its handler threw); the
   *     default {@link #start(InetSocketAddress, ServerHandshake, SessionHandler)} logs them
   */
  public static BareosServer start(InetSocketAddress address, ServerHandshake handshake, SessionHandler handler,
      Consumer<Exception> failures) throws IOException {
    ServerSocket listener = new ServerSocket();
    listener.setReuseAddress(true);
    listener.bind(Objects.requireNonNull(address, "address"), 128);
    return new BareosServer(listener, Objects.requireNonNull(handshake, "handshake"),
        Objects.requireNonNull(handler, "handler"), Objects.requireNonNull(failures, "failures"));
  }

  /** Listens on {@code address}, logging failed connections as warnings. */
  public static BareosServer start(InetSocketAddress address, ServerHandshake handshake, SessionHandler handler)
      throws IOException {
    return start(address, handshake, handler, e -> LOG.log(Level.WARNING, e.getMessage()));
  }

  /** The port the listener is bound to. */
  public int port() {
    return listener.getLocalPort();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        TcpKeepalive.enable(socket, Duration.ZERO);
        Thread.ofVirtual().name("connection " + socket.getRemoteSocketAddress()).start(() -> serve(socket));
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        failures.accept(e);
      }
    }
  }

  private void serve(Socket socket) {
    try {
      AcceptedSession session = handshake.accept(socket);
      try (var connection = session.connection()) {
        handler.handle(session);
      }
    } catch (IOException | RuntimeException e) {
      failures.accept(e);
    } finally {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing a socket the handler already closed: nothing left to release.
      }
    }
  }

  /** Stops accepting; connections already accepted run on until their handlers return. */
  @Override
  public void close() throws IOException {
    listener.close();
  }
}
