package org.jbareos.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.jbareos.testkit.TranscriptMessage;

/**
 * A Director on loopback that plays the Director's side of recorded console conversations, one script per accepted
 * connection. The recorded CRAM-MD5 bytes cannot be replayed (random challenges), so it authenticates for real with
 * net's {@link TwoWayAuthentication} as {@code R_DIRECTOR::bareos-dir} and replays everything after the console's
 * {@code 1000 OK auth}: Director frames are sent as recorded, console frames are read and recorded for the test to
 * compare. A script may be cut: the Director closes the connection after that many replayed messages.
 */
final class ScriptedDirector implements AutoCloseable {

  static final QualifiedName DIRECTOR = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)
      .withResponseTimeout(Duration.ofSeconds(10));
  private static final byte[] AUTH_OK = "1000 OK auth\n".getBytes(StandardCharsets.US_ASCII);

  /**
   * One connection's conversation.
   *
   * @param conversation the recorded messages of the connection, starting with the console's hello
   * @param key the Director's key for this console
   * @param tls whether the console must come with TLS-PSK (then net's {@link ServerHandshake} accepts it)
   * @param cutAfter close after this many replayed messages (after CRAM-MD5); -1 plays all
   */
  record Script(List<TranscriptMessage> conversation, CramKey key, boolean tls, int cutAfter) {
    static Script of(List<TranscriptMessage> conversation, String password) {
      return new Script(conversation, CramKey.fromPassword(password), false, -1);
    }

    Script cutAfter(int messages) {
      return new Script(conversation, key, tls, messages);
    }

    Script withTls() {
      return new Script(conversation, key, true, cutAfter);
    }

    /** Index of the first message after CRAM-MD5: after the console's {@code 1000 OK auth}. */
    int replayStart() {
      for (int i = 0; i < conversation.size(); i++) {
        TranscriptMessage m = conversation.get(i);
        if (m.isFrom("console", "dir") && java.util.Arrays.equals(m.payload(), AUTH_OK)) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException("the conversation has no console '1000 OK auth'");
    }

    /** What the console is expected to send, hello included, CRAM-MD5 left out. */
    List<String> expectedConsoleFrames() {
      List<String> frames = new ArrayList<>();
      frames.add(conversation.get(0).latin1());
      int end = cutAfter < 0 ? conversation.size() : Math.min(conversation.size(), replayStart() + cutAfter);
      for (TranscriptMessage m : conversation.subList(replayStart(), end)) {
        if (m.isFrom("console", "dir")) {
          frames.add(m.latin1());
        }
      }
      return frames;
    }
  }

  private final ServerSocket listener;
  private final List<Script> scripts;
  private final List<List<String>> received = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
  private final Thread thread;

  private ScriptedDirector(List<Script> scripts) throws IOException {
    this.scripts = List.copyOf(scripts);
    this.listener = new ServerSocket();
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.thread = Thread.ofVirtual().name("scripted director").start(this::serve);
  }

  static ScriptedDirector start(Script... scripts) throws IOException {
    return new ScriptedDirector(List.of(scripts));
  }

  int port() {
    return listener.getLocalPort();
  }

  /** The frames received on connection {@code index} (0-based): hello, then the frames after CRAM-MD5. */
  List<String> received(int index) {
    synchronized (received) {
      return index < received.size() ? List.copyOf(received.get(index)) : List.of();
    }
  }

  /** Failures on the Director's side (a refused login, a frame other than the recorded one). */
  List<Throwable> failures() {
    return List.copyOf(failures);
  }

  /** Waits until every script has been played. */
  void awaitDone() throws InterruptedException {
    if (!thread.join(Duration.ofSeconds(20))) {
      throw new AssertionError("the scripted Director did not finish its scripts in 20 s");
    }
  }

  private void serve() {
    for (Script script : scripts) {
      List<String> frames = Collections.synchronizedList(new ArrayList<>());
      received.add(frames);
      try (Socket socket = listener.accept()) {
        play(script, socket, frames);
      } catch (IOException | RuntimeException | AssertionError e) {
        failures.add(e);
      }
    }
  }

  private void play(Script script, Socket socket, List<String> frames) throws IOException {
    BareosConnection connection = script.tls() ? tlsLogin(script, socket, frames)
        : cleartextLogin(script, socket, frames);
    List<TranscriptMessage> rest = script.conversation().subList(script.replayStart(),
        script.conversation().size());
    int played = 0;
    for (TranscriptMessage m : rest) {
      if (script.cutAfter() >= 0 && played++ >= script.cutAfter()) {
        connection.close();
        return;
      }
      if (m.isFrom("dir", "console")) {
        if (m.isSignal()) {
          connection.signal(m.header());
        } else {
          connection.send(m.payload());
        }
      } else {
        Packet packet = connection.receive(Duration.ofSeconds(10));
        if (!(packet instanceof Packet.Message message)) {
          throw new AssertionError("expected " + m + ", got " + packet.describe());
        }
        frames.add(new String(message.payload(), StandardCharsets.ISO_8859_1));
        if (!java.util.Arrays.equals(message.payload(), m.payload())) {
          throw new AssertionError("expected " + m + ", got " + message);
        }
      }
    }
    boolean consoleQuit = rest.stream().anyMatch(m -> m.isFrom("console", "dir")
        && (m.text().equals("quit") || m.text().equals("exit")));
    if (!consoleQuit) {
      drainUntilClosed(connection, frames);
    }
    connection.close();
  }

  /** Without {@code quit} the console closes first (python-json #1): record anything it still sends. */
  private static void drainUntilClosed(BareosConnection connection, List<String> frames) throws IOException {
    try {
      while (true) {
        Packet packet = connection.receive(Duration.ofSeconds(10));
        frames.add(packet instanceof Packet.Message message
            ? new String(message.payload(), StandardCharsets.ISO_8859_1) : packet.describe());
      }
    } catch (java.io.EOFException closed) {
      return;
    }
  }

  private static BareosConnection cleartextLogin(Script script, Socket socket, List<String> frames)
      throws IOException {
    BareosConnection connection = new BareosConnection(new SocketTransport(socket));
    Packet hello = connection.receive(Duration.ofSeconds(10));
    if (hello instanceof Packet.Message message) {
      frames.add(new String(message.payload(), StandardCharsets.ISO_8859_1));
    }
    try {
      new TwoWayAuthentication(DIRECTOR.challengeForm(), script.key(), TlsPolicy.NONE.wireValue(), NO_DELAY)
          .accept(connection);
    } catch (AuthenticationException refused) {
      connection.close();
      throw refused;
    }
    return connection;
  }

  private static BareosConnection tlsLogin(Script script, Socket socket, List<String> frames) throws IOException {
    ServerSettings settings = ServerSettings.of(DIRECTOR, Participant.DIRECTOR, HelloLengthLimit.DIRECTOR)
        .withCram(NO_DELAY).withHandshakeTimeout(Duration.ofSeconds(10));
    ServerHandshake handshake = new ServerHandshake(settings, (type, name) -> type == ResourceType.CONSOLE
        ? Optional.of(new PeerCredentials(new QualifiedName(type, name), script.key(), TlsPolicy.REQUIRED))
        : Optional.empty());
    AcceptedSession session = handshake.accept(socket);
    frames.add(session.hello().toWire());
    return session.connection();
  }

  @Override
  public void close() throws IOException {
    listener.close();
    try {
      thread.join(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
