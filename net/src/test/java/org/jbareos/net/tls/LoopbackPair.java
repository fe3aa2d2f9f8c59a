package org.jbareos.net.tls;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A listening loopback socket on port 0 whose accepting side runs on a virtual thread, the way our daemons accept:
 * the server peeks at the first bytes through a {@link BufferedInputStream} (mark/reset, PROTOCOL.md §2.2) and hands
 * that stream on.
 */
final class LoopbackPair implements AutoCloseable {

  /** What the accepting side does with a connection. */
  @FunctionalInterface
  interface Acceptor<T> {
    T accept(Socket socket, InputStream peeked) throws IOException;
  }

  private final ServerSocket listener;

  LoopbackPair() throws IOException {
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  int port() {
    return listener.getLocalPort();
  }

  /** Accepts one connection in the background, peeks 10 bytes, and runs the acceptor on the peeked stream. */
  <T> CompletableFuture<T> acceptOne(Acceptor<T> acceptor) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try {
        Socket socket = listener.accept();
        BufferedInputStream in = new BufferedInputStream(socket.getInputStream());
        in.mark(16);
        in.readNBytes(new byte[10], 0, 10);
        in.reset();
        result.complete(acceptor.accept(socket, in));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  /** Accepts one connection in the background and runs the acceptor on the socket's own stream. */
  <T> CompletableFuture<T> acceptOneWithoutPeek(Acceptor<T> acceptor) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try {
        Socket socket = listener.accept();
        result.complete(acceptor.accept(socket, socket.getInputStream()));
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    });
    return result;
  }

  Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port());
    socket.setTcpNoDelay(true);
    return socket;
  }

  /** The accept result, or the exception the acceptor threw, within 10 seconds. */
  static <T> T await(CompletableFuture<T> future) throws Throwable {
    try {
      return future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("accepting side did not finish within 10 s", e);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
