package org.jbareos.net.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jbareos.net.AuthenticationException;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ConnectionClosedException;
import org.jbareos.net.Loopback;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.hello.HelloLengthLimit;
import org.junit.jupiter.api.Test;

/** CRAM-MD5 both ways over real loopback sockets with {@link SocketTransport}. */
class TwoWayAuthenticationTest {
  private static final CramSettings FAST = CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)
      .withResponseTimeout(Duration.ofSeconds(10));
  private static final QualifiedName DIR = new QualifiedName(ResourceType.DIRECTOR, "bareos-dir");
  private static final QualifiedName SD = new QualifiedName(ResourceType.STORAGE, "bareos-sd");

  /** What a Storage Daemon does with a new connection: hello checks, then challenge-first CRAM-MD5. */
  private static int storageAccepts(BareosConnection connection, CramKey key) throws IOException {
    Packet first = connection.receive(Duration.ofSeconds(10));
    if (!(first instanceof Packet.Message hello)) {
      throw new ProtocolException("expected a hello, got " + first);
    }
    HelloLengthLimit.STORAGE_DAEMON.check(hello.length(), connection.transport().remoteAddress());
    Hello parsed = Hello.parse(hello.payload());
    connection.identifyPeer(parsed.qualifiedName());
    int peerPolicy = TwoWayAuthentication.forResource(SD, key, 0, FAST).accept(connection);
    connection.send("3000 OK Hello\n");
    return peerPolicy;
  }

  private static <T> Future<T> async(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread.ofVirtual().start(() -> {
      try {
        result.complete(work.call());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    });
    return result;
  }

  private static Throwable failureOf(Future<?> future) throws Exception {
    try {
      future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("expected a failure");
  }

  @Test
  void directorAndStorageAuthenticateEachOther() throws Exception {
    try (Loopback link = Loopback.open()) {
      CramKey key = CramKey.fromPassword("sd-secret");
      Future<Integer> storage = async(() -> storageAccepts(link.server(), key));
      BareosConnection director = link.client();
      director.send(new Hello.Director("bareos-dir", Optional.of(new BareosVersion(26, 0, 0))).toWire());
      director.identifyPeer(SD);
      int storagePolicy = TwoWayAuthentication.forResource(DIR, key, 1, FAST).connect(director);
      assertThat(storagePolicy).isZero();
      assertThat(storage.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(director.receive()).isEqualTo(Packet.text("3000 OK Hello\n"));
      assertThat(link.server().peer()).hasValue(DIR);
    }
  }

  @Test
  void wrongPasswordFailsClearlyOnBothSides() throws Exception {
    try (Loopback link = Loopback.open()) {
      Future<Integer> storage = async(() -> storageAccepts(link.server(), CramKey.fromPassword("sd-secret")));
      BareosConnection director = link.client();
      director.send(new Hello.Director("bareos-dir", Optional.empty()).toWire());
      director.identifyPeer(SD);
      assertThatThrownBy(() -> TwoWayAuthentication.forResource(DIR, CramKey.fromPassword("wrong"), 0, FAST)
          .connect(director)).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("CRAM-MD5 responder R_DIRECTOR::bareos-dir")
          .hasMessageContaining("R_STORAGE::bareos-sd at 127.0.0.1:")
          .hasMessageContaining("rejected our response with \"1999 Authorization failed.\\x0a\"");
      assertThat(failureOf(storage)).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("CRAM-MD5 challenger R_STORAGE::bareos-sd")
          .hasMessageContaining("R_DIRECTOR::bareos-dir at 127.0.0.1:")
          .hasMessageContaining("wrong response");
    }
  }

  @Test
  void failureDelayIsApplied() throws Exception {
    try (Loopback link = Loopback.open()) {
      CramSettings slow = FAST.withFailureDelay(Duration.ofMillis(150));
      Future<Integer> storage = async(() ->
          TwoWayAuthentication.forResource(SD, CramKey.fromPassword("a"), 0, slow).accept(link.server()));
      long start = System.nanoTime();
      assertThatThrownBy(() -> TwoWayAuthentication.forResource(DIR, CramKey.fromPassword("b"), 0, FAST)
          .connect(link.client())).isInstanceOf(AuthenticationException.class);
      assertThat(failureOf(storage)).isInstanceOf(AuthenticationException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
  }

  @Test
  void aChallengeWithOurOwnNameIsRefusedAsReplay() throws Exception {
    try (Loopback link = Loopback.open()) {
      link.server().send("auth cram-md5 <1234.1795313408@R_DIRECTOR::bareos-dir> ssl=0\n");
      assertThatThrownBy(() -> TwoWayAuthentication.forResource(DIR, CramKey.fromPassword("x"), 0, FAST)
          .connect(link.client())).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("attack detected").hasMessageContaining("R_DIRECTOR::bareos-dir");
      assertThat(link.server().receive(Duration.ofSeconds(10)))
          .isEqualTo(Packet.text("1999 Authorization failed.\n"));
    }
  }

  @Test
  void storageToStorageWithTheSameNameIsAllowed() throws Exception {
    try (Loopback link = Loopback.open()) {
      CramKey session = CramKey.fromSessionKey("NLOG-BLBP-FNEC-BHPK-EOLJ-JKLF-FOAJ-GJDA");
      Future<Integer> accepting = async(() ->
          TwoWayAuthentication.forResource(SD, session, 4, FAST).accept(link.server()));
      assertThat(TwoWayAuthentication.forResource(SD, session, 0, FAST).connect(link.client())).isEqualTo(4);
      assertThat(accepting.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  @Test
  void challengerLineIsByteExact() throws Exception {
    try (Loopback link = Loopback.open()) {
      Clock clock = Clock.fixed(Instant.ofEpochSecond(1795313408L), ZoneOffset.UTC);
      var auth = new TwoWayAuthentication(DIR.challengeForm(), CramKey.fromPassword("dir-secret"), 0, FAST,
          () -> 1088037823L << 32, clock);
      Future<Integer> dir = async(() -> auth.accept(link.server()));
      assertThat(link.client().receive()).isEqualTo(
          Packet.text("auth cram-md5 <1088037823.1795313408@R_DIRECTOR::bareos-dir> ssl=0\n"));
      link.client().send("HGNfxB/Gt8dW34hAkS+I8A\0");
      assertThat(link.client().receive()).isEqualTo(Packet.text("1000 OK auth\n"));
      // The recorded bconsole challenge and its recorded answer (cram-md5-vectors.txt vector 2).
      link.client().send("auth cram-md5 <924241034.1795313408@R_CONSOLE::*UserAgent*> ssl=0\n");
      assertThat(link.client().receive()).isEqualTo(Packet.text("iUoKA4/XSEFhU9+uQ/+vrD\0"));
      link.client().send("1000 OK auth\n");
      assertThat(dir.get(10, TimeUnit.SECONDS)).isZero();
    }
  }

  @Test
  void aGarbageChallengeIsAnsweredWith1999() throws Exception {
    try (Loopback link = Loopback.open()) {
      link.server().send("auth plain hunter2\n");
      assertThatThrownBy(() -> TwoWayAuthentication.forResource(DIR, CramKey.fromPassword("x"), 0, FAST)
          .connect(link.client())).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("Malformed CRAM-MD5 challenge: \"auth plain hunter2\\x0a\"");
      assertThat(link.server().receive(Duration.ofSeconds(10)))
          .isEqualTo(Packet.text("1999 Authorization failed.\n"));
    }
  }

  @Test
  void aGarbageResponseIsRejected() throws Exception {
    try (Loopback link = Loopback.open()) {
      Future<Integer> storage = async(() -> storageAccepts(link.server(), CramKey.fromPassword("k")));
      link.client().send("Hello Director bareos-dir calling\n");
      assertThat(link.client().receive().toString()).isNotEmpty();
      link.client().send(new byte[] {(byte) 0xFF, 0, 1, 2, 3});
      assertThat(failureOf(storage)).isInstanceOf(AuthenticationException.class).hasMessageContaining("wrong response");
      assertThat(link.client().receive()).isEqualTo(Packet.text("1999 Authorization failed.\n"));
    }
  }

  @Test
  void aSignalInsteadOfTheChallengeFails() throws Exception {
    try (Loopback link = Loopback.open()) {
      link.server().signal(org.jbareos.net.Signal.TERMINATE);
      assertThatThrownBy(() -> TwoWayAuthentication.forResource(DIR, CramKey.fromPassword("x"), 0, FAST)
          .connect(link.client())).isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("sent BNET_TERMINATE (-4) instead of a challenge");
    }
  }

  /** Peers that break the framing before authentication even starts. */
  @Test
  void rawPeersThatMisbehave() throws Exception {
    assertThat(serverFailureFor(new byte[] {0, 0, 0, 34, 'H'})).isInstanceOf(ConnectionClosedException.class)
        .hasMessageContaining("33 of 34 payload bytes missing");
    assertThat(serverFailureFor(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00})).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("Packet size too big from 127.0.0.1:").hasMessageContaining("369295618 bytes");
    byte[] storageHello = "Hello Storage bareos-sd calling Version=\"26.0.0\"\n".getBytes();
    assertThat(serverFailureFor(frame(storageHello))).isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("Malformed hello");
    assertThat(serverFailureFor(frame("Hello sd\n".getBytes())))
        .isInstanceOf(ProtocolException.class).hasMessageStartingWith("Invalid connection from 127.0.0.1:")
        .hasMessageContaining("Len=9");
    assertThat(serverFailureFor(frame("Howdy Director bareos-dir calling now\n".getBytes())))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("not a hello");
    // A valid hello, then the peer closes while we wait for its response.
    assertThat(serverFailureFor(frame("Hello Director bareos-dir calling\n".getBytes())))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("network error")
        .cause().isInstanceOf(ConnectionClosedException.class);
  }

  private static byte[] frame(byte[] payload) {
    byte[] out = new byte[payload.length + 4];
    out[3] = (byte) payload.length;
    System.arraycopy(payload, 0, out, 4, payload.length);
    return out;
  }

  private static Throwable serverFailureFor(byte[] bytes) throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Future<Integer> server = async(() -> {
        try (BareosConnection connection = new BareosConnection(new SocketTransport(listener.accept()))) {
          return storageAccepts(connection, CramKey.fromPassword("k"));
        }
      });
      try (Socket raw = Loopback.rawClient(listener)) {
        OutputStream out = raw.getOutputStream();
        out.write(bytes);
        out.flush();
        raw.shutdownOutput();
        return failureOf(server);
      }
    }
  }
}
