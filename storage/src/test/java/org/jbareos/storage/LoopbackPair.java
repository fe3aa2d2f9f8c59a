package org.jbareos.storage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.SocketTransport;

/** Two cleartext {@link BareosConnection}s joined over real TCP on 127.0.0.1, the port chosen by the OS. */
public record LoopbackPair(BareosConnection storageSide, BareosConnection peerSide) implements AutoCloseable {

  public static LoopbackPair open() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Socket> accepted = new CompletableFuture<>();
      Thread.ofVirtual().start(() -> {
        try {
          accepted.complete(listener.accept());
        } catch (IOException e) {
          accepted.completeExceptionally(e);
        }
      });
      BareosConnection peer = BareosConnection.connect("127.0.0.1", listener.getLocalPort(), Duration.ofSeconds(5));
      BareosConnection storage = new BareosConnection(new SocketTransport(accepted.get(5, TimeUnit.SECONDS)));
      return new LoopbackPair(storage, peer);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      peerSide.close();
    } finally {
      storageSide.close();
    }
  }
}
