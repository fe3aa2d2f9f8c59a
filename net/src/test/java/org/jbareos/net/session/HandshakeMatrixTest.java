package org.jbareos.net.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.Signal;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.Transport;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.trace.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The handshake matrix of issue 2, once per transport: a Storage-Daemon-like server and a Director-like client
 * through {@link ServerHandshake} and {@link ClientHandshake}; every bad client is refused with a clear error and
 * the server goes on serving the next, good, client.
 */
class HandshakeMatrixTest {

  private static final QualifiedName DIRECTOR = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
  private static final QualifiedName STORAGE = new QualifiedName(ResourceType.STORAGE, "bareos-sd");
  private static final CramKey KEY = CramKey.fromPassword("sd-secret");
  private static final CramSettings NO_DELAY = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO);
  private static final String OK_HELLO = "3000 OK Hello\n";

  @TempDir static Path pkiDirectory;
  private static LinkKind.Pki pki;

  private final LinkedBlockingQueue<Exception> serverFailures = new LinkedBlockingQueue<>();
  private BareosServer server;

  @BeforeAll
  static void makeCertificates() throws Exception {
    pki = LinkKind.Pki.create(pkiDirectory);
  }

  @AfterEach
  void stopServer() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private void startServer(LinkKind kind) throws IOException {
    startServer(kind, STORAGE);
  }

  private void startServer(LinkKind kind, QualifiedName own) throws IOException {
    ServerSettings settings = ServerSettings.of(own, Participant.STORAGE_DAEMON, HelloLengthLimit.STORAGE_DAEMON)
        .withCram(NO_DELAY).withTlsVersions(kind.versions()).withHandshakeTimeout(Duration.ofSeconds(5));
    if (kind == LinkKind.CERTIFICATE_TLS) {
      settings = settings.withCertificates(pki.server());
    }
    PeerDirectory peers = (type, name) -> type == ResourceType.DIRECTOR && name.equals("bareos-dir")
        ? Optional.of(new PeerCredentials(DIRECTOR, KEY, kind.policy()))
        : Optional.empty();
    server = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new ServerHandshake(settings, peers), HandshakeMatrixTest::echoOnce, serverFailures::add);
  }

  /** The daemon part: the OK line, then echo one message and say goodbye. */
  private static void echoOnce(AcceptedSession session) throws IOException {
    BareosConnection connection = session.connection();
    connection.send(OK_HELLO);
    if (connection.receive() instanceof Packet.Message message) {
      connection.send(message.payload());
    }
    connection.signal(Signal.TERMINATE);
  }

  private BareosConnection connect(LinkKind kind, QualifiedName own, CramKey key) throws IOException {
    ClientSettings settings = ClientSettings.of(own, Participant.DIRECTOR).withCram(NO_DELAY)
        .withTlsVersions(kind.versions());
    if (kind == LinkKind.CERTIFICATE_TLS) {
      settings = settings.withCertificates(pki.client());
    }
    return new ClientHandshake(settings).connect("127.0.0.1", server.port(),
        new Hello.Director("bareos-dir", Optional.empty()), new PeerCredentials(STORAGE, key, kind.policy()),
        Participant.STORAGE_DAEMON);
  }

  private void assertGoodClientServed(LinkKind kind) throws IOException {
    try (BareosConnection connection = connect(kind, DIRECTOR, KEY)) {
      assertThat(((Packet.Message) connection.receive()).text()).isEqualTo(OK_HELLO);
      connection.send("JobId=1 job=test\n");
      assertThat(((Packet.Message) connection.receive()).text()).isEqualTo("JobId=1 job=test\n");
      assertThat(connection.receive()).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE.value()));
      assertThat(connection.protection()).isEqualTo(switch (kind) {
        case CLEARTEXT -> "Cleartext";
        case TLS_PSK_1_2 -> connection.protection().endsWith(" TLSv1.2") ? connection.protection() : "a TLSv1.2 suite";
        case TLS_PSK_1_3 -> connection.protection().endsWith(" TLSv1.3") ? connection.protection() : "a TLSv1.3 suite";
        case CERTIFICATE_TLS -> connection.protection().contains("TLS") ? connection.protection() : "a TLS suite";
      });
    }
  }

  private Exception nextServerFailure() throws InterruptedException {
    Exception failure = serverFailures.poll(10, TimeUnit.SECONDS);
    assertThat(failure).as("the server reported the failed connection").isNotNull();
    return failure;
  }

  /** A Heartbeat Interval on the link is also its TCP keepalive idle time and probe interval ({@code bsock_tcp.cc}). */
  @Test
  void heartbeatIntervalSetsTheKeepaliveOfTheConnectedSocket() throws Exception {
    startServer(LinkKind.CLEARTEXT);
    ClientSettings settings = ClientSettings.of(DIRECTOR, Participant.DIRECTOR).withCram(NO_DELAY)
        .withHeartbeatInterval(Duration.ofSeconds(30));
    try (BareosConnection connection = new ClientHandshake(settings).connect("127.0.0.1", server.port(),
        new Hello.Director("bareos-dir", Optional.empty()), new PeerCredentials(STORAGE, KEY, TlsPolicy.NONE),
        Participant.STORAGE_DAEMON)) {
      Socket socket = ((SocketTransport) connection.transport()).socket();
      assertThat(socket.getOption(StandardSocketOptions.SO_KEEPALIVE)).isTrue();
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(30);
      assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).isEqualTo(30);
      assertThat(((Packet.Message) connection.receive()).text()).isEqualTo(OK_HELLO);
      connection.send("JobId=1 job=test\n");
      assertThat(((Packet.Message) connection.receive()).text()).isEqualTo("JobId=1 job=test\n");
    }
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void authenticatesAndServes(LinkKind kind) throws Exception {
    startServer(kind);
    assertGoodClientServed(kind);
    assertGoodClientServed(kind);
    assertThat(serverFailures).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void wrongPasswordIsRefusedOnBothSides(LinkKind kind) throws Exception {
    startServer(kind);
    assertThatThrownBy(() -> connect(kind, DIRECTOR, CramKey.fromPassword("wrong-secret")))
        .isInstanceOf(AuthenticationException.class);
    assertThat(nextServerFailure()).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("127.0.0.1");
    assertGoodClientServed(kind);
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void replayedChallengeIsRefused(LinkKind kind) throws Exception {
    // A File Daemon: Storage Daemons accept their own name for copies to themselves (PROTOCOL.md §2.3).
    startServer(kind, new QualifiedName(ResourceType.CLIENT, "bareos-fd"));
    // A client that sends the server its own name in the challenge: the reflection attack the check exists for.
    assertThatThrownBy(() -> connectChallengingAs(kind, "R_CLIENT::bareos-fd"))
        .isInstanceOf(AuthenticationException.class);
    assertThat(nextServerFailure()).isInstanceOf(AuthenticationException.class).hasMessageContaining("R_CLIENT");
    assertGoodClientServed(kind);
  }

  private void connectChallengingAs(LinkKind kind, String challengeName) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        BareosConnection connection = new BareosConnection(kind.rawClient(socket,
            new PeerCredentials(DIRECTOR, KEY, kind.policy()).pskSecret(), pki))) {
      connection.send(new Hello.Director("bareos-dir", Optional.empty()).toBytes());
      new org.jbareos.net.auth.TwoWayAuthentication(challengeName, KEY, kind.policy().wireValue(), NO_DELAY)
          .connect(connection);
    }
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void garbageIsRefused(LinkKind kind) throws Exception {
    startServer(kind);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET / HTTP/1.1\r\nHost: bareos\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      assertThat(socket.getInputStream().readAllBytes()).hasSizeLessThan(64);
    }
    assertThat(nextServerFailure()).isInstanceOf(IOException.class).hasMessageContaining("127.0.0.1");
    assertGoodClientServed(kind);
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void fiveBytesThenCloseIsRefused(LinkKind kind) throws Exception {
    startServer(kind);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.getOutputStream().write(new byte[] {0, 0, 0, 40, 'H'});
      socket.shutdownOutput();
      socket.getInputStream().readAllBytes();
    }
    assertThat(nextServerFailure()).isInstanceOf(ProtocolException.class).hasMessageContaining("5 bytes");
    assertGoodClientServed(kind);
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void oversizeHeaderIsRefused(LinkKind kind) throws Exception {
    startServer(kind);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        Transport transport = kind.rawClient(socket, new PeerCredentials(DIRECTOR, KEY, kind.policy()).pskSecret(),
            pki)) {
      byte[] frame = new byte[16];
      frame[0] = 0x7F;
      frame[1] = (byte) 0xFF;
      System.arraycopy("Hello Direc".getBytes(StandardCharsets.US_ASCII), 0, frame, 4, 11);
      transport.output().write(frame);
      transport.output().flush();
      transport.input().readAllBytes();
    } catch (IOException closedByServer) {
      // The server may reset the link while the client still reads; the server's report below is what counts.
    }
    assertThat(nextServerFailure()).isInstanceOf(ProtocolException.class).hasMessageContaining("too big");
    assertGoodClientServed(kind);
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void unknownHelloIsRefused(LinkKind kind) throws Exception {
    startServer(kind);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        BareosConnection connection = new BareosConnection(kind.rawClient(socket,
            new PeerCredentials(DIRECTOR, KEY, kind.policy()).pskSecret(), pki))) {
      connection.send("Hello Robot bareos-dir wants in\n");
      assertThatThrownBy(connection::receive).isInstanceOf(IOException.class);
    }
    assertThat(nextServerFailure()).isInstanceOf(IOException.class);
    assertGoodClientServed(kind);
  }

  @ParameterizedTest
  @EnumSource(LinkKind.class)
  void unknownDirectorIsRefused(LinkKind kind) throws Exception {
    startServer(kind);
    assertThatThrownBy(() -> new ClientHandshake(ClientSettings.of(new QualifiedName(ResourceType.DIRECTOR,
            "other-dir"), Participant.DIRECTOR).withCram(NO_DELAY).withTlsVersions(kind.versions()))
        .connect("127.0.0.1", server.port(), new Hello.Director("other-dir", Optional.empty()),
            new PeerCredentials(STORAGE, KEY, kind == LinkKind.CERTIFICATE_TLS ? TlsPolicy.NONE : kind.policy()),
            Participant.STORAGE_DAEMON))
        .isInstanceOf(IOException.class);
    assertThat(nextServerFailure()).isInstanceOf(IOException.class)
        .hasMessageContaining("other-dir");
    assertGoodClientServed(kind);
  }
}
