package org.jbareos.bench.wire;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A client link and a server thread on 127.0.0.1. The server either echoes each message (round trips) or reads and
 * drops them (streaming); it stops when the client closes.
 */
final class LoopbackLink implements Closeable {

  enum ServerRole { ECHO, SINK }

  private final FrameLink client;
  private final Thread serverThread;

  LoopbackLink(LinkKind kind, ServerRole role) throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CompletableFuture<FrameLink> server = new CompletableFuture<>();
      Thread.ofVirtual().start(() -> {
        try {
          server.complete(kind.server(listener.accept()));
        } catch (Throwable e) {
          server.completeExceptionally(e);
        }
      });
      client = kind.client(new Socket(listener.getInetAddress(), listener.getLocalPort()));
      FrameLink serverLink = server.get();
      serverThread = Thread.ofPlatform().daemon().name("bench-" + role).start(() -> serve(serverLink, role));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while connecting", e);
    } catch (ExecutionException e) {
      throw new IOException("server side of the link failed", e.getCause());
    }
  }

  private static void serve(FrameLink link, ServerRole role) {
    try (link) {
      while (true) {
        byte[] message = link.receive();
        if (role == ServerRole.ECHO) {
          link.send(message);
        }
      }
    } catch (IOException endOfLink) {
      // The client closed the link: the benchmark iteration is over.
    }
  }

  FrameLink client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    client.close();
    try {
      serverThread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
