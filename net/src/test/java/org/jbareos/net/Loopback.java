package org.jbareos.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A connected pair of {@link BareosConnection}s over real TCP on 127.0.0.1, server port chosen by the OS. */
public record Loopback(BareosConnection server, BareosConnection client) implements AutoCloseable {

  public static Loopback open() throws IOException, InterruptedException, ExecutionException, TimeoutException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Socket> accepted = new CompletableFuture<>();
      Thread.ofVirtual().start(() -> {
        try {
          accepted.complete(listener.accept());
        } catch (IOException e) {
          accepted.completeExceptionally(e);
        }
      });
      BareosConnection client = BareosConnection.connect("127.0.0.1", listener.getLocalPort(), Duration.ofSeconds(5));
      BareosConnection server = new BareosConnection(new SocketTransport(accepted.get(5, TimeUnit.SECONDS)));
      return new Loopback(server, client);
    }
  }

  /** A listener plus a raw client socket, for peers that misbehave below the frame layer. */
  public static Socket rawClient(ServerSocket listener) throws IOException {
    Socket socket = new Socket();
    socket.connect(listener.getLocalSocketAddress(), 5000);
    return socket;
  }

  @Override
  public void close() throws IOException {
    try {
      client.close();
    } finally {
      server.close();
    }
  }
}
