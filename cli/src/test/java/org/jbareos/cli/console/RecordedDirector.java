package org.jbareos.cli.console;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.testkit.TranscriptMessage;

/**
 * A Director on loopback for one console connection: it reads the hello, authenticates with net's CRAM-MD5 as {@code
 * R_DIRECTOR::bareos-dir} (recorded challenges cannot be replayed), then plays the recorded Director frames after the
 * console's {@code 1000 OK auth} and reads the console's frames in their place. When the recording ends it reads on
 * until the console closes; every frame the console sent is kept, signals by name.
 */
final class RecordedDirector implements AutoCloseable {

  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);

  private final ServerSocket listener;
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;
  private volatile boolean closeWhenDone;

  RecordedDirector(List<TranscriptMessage> conversation, String password) throws IOException {
    listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = Thread.ofVirtual().start(() -> {
      try (Socket socket = listener.accept();
          BareosConnection connection = new BareosConnection(new SocketTransport(socket))) {
        play(connection, conversation, CramKey.fromPassword(password));
      } catch (IOException | RuntimeException e) {
        failures.add(e);
      }
    });
  }

  /** Closes the connection right after the recording instead of waiting for the console to close it. */
  void closeWhenDone() {
    closeWhenDone = true;
  }

  int port() {
    return listener.getLocalPort();
  }

  /** The console's frames: hello, then those after CRAM-MD5. */
  List<String> received() {
    return List.copyOf(received);
  }

  List<Throwable> failures() {
    return List.copyOf(failures);
  }

  void awaitDone() throws InterruptedException {
    if (!thread.join(Duration.ofSeconds(20))) {
      throw new AssertionError("the recorded Director did not finish in 20 s");
    }
  }

  private void play(BareosConnection connection, List<TranscriptMessage> conversation, CramKey key)
      throws IOException {
    record(connection.receive(Duration.ofSeconds(10)));
    new TwoWayAuthentication("R_DIRECTOR::bareos-dir", key, 0, NO_DELAY).accept(connection);
    int start = 0;
    while (!(conversation.get(start).isFrom("console", "dir") && conversation.get(start).text()
        .equals("1000 OK auth\n"))) {
      start++;
    }
    for (TranscriptMessage m : conversation.subList(start + 1, conversation.size())) {
      if (m.isFrom("console", "dir")) {
        if (!record(connection.receive(Duration.ofSeconds(10))).equals(m.text())) {
          throw new IllegalStateException("expected " + m + ", got " + received.getLast());
        }
      } else if (m.isSignal()) {
        connection.signal(m.header());
      } else {
        connection.send(m.payload());
      }
    }
    if (closeWhenDone || received.getLast().equals("quit")) {
      return;
    }
    try {
      while (true) {
        record(connection.receive(Duration.ofSeconds(10)));
      }
    } catch (java.io.EOFException closed) {
      // the console closed
    }
  }

  private String record(Packet packet) {
    String shown = switch (packet) {
      case Packet.Message message -> message.text();
      case Packet.SignalPacket signal -> signal.describe();
    };
    received.add(shown);
    return shown;
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
