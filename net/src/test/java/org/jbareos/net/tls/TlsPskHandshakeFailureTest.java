package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.TlsClientProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Failed TLS-PSK handshakes: each is a {@link TlsHandshakeException} with a message that says why, never a hang, and
 * the listening side accepts the next connection as if nothing happened.
 */
class TlsPskHandshakeFailureTest {

  private static final PskIdentity DIRECTOR = PskIdentity.director("bareos-dir");
  private static final PskSecret FD_SECRET = PskSecret.fromPassword("fd-secret");
  private static final PskKeyLookup CONFIG =
      identity -> Optional.ofNullable(Map.of(DIRECTOR, FD_SECRET).get(identity));

  @ParameterizedTest
  @EnumSource(value = TlsVersions.class, names = {"TLS_1_2_ONLY", "TLS_1_3_ONLY"})
  void wrongKeyFailsOnBothSides(TlsVersions versions) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptWith(pair, versions, Duration.ofSeconds(10));
      Socket socket = pair.connect();
      assertThatThrownBy(() -> TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
              DIRECTOR, PskSecret.fromPassword("wrong-secret"), versions))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS-PSK handshake with server 127.0.0.1:" + pair.port())
          .hasMessageContaining("pre-shared keys of the two sides do not match")
          .hasMessageContaining("with TLS-PSK the key is the password: the passwords differ");
      assertThat(socket.isClosed()).isTrue();
      assertThatThrownBy(() -> LoopbackPair.await(accepted))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS-PSK handshake with client 127.0.0.1:")
          .hasMessageContaining("(identity R_DIRECTOR bareos-dir)")
          .hasMessageContaining("pre-shared keys of the two sides do not match")
          .hasMessageContaining("with TLS-PSK the key is the password: the passwords differ");
      assertNextConnectionWorks(pair, versions);
    }
  }

  @ParameterizedTest
  @EnumSource(value = TlsVersions.class, names = {"TLS_1_2_ONLY", "TLS_1_3_ONLY"})
  void unknownIdentityIsRefused(TlsVersions versions) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptWith(pair, versions, Duration.ofSeconds(10));
      Socket socket = pair.connect();
      assertThatThrownBy(() -> TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
              PskIdentity.director("other-dir"), FD_SECRET, versions))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS-PSK handshake with server 127.0.0.1:" + pair.port())
          .hasMessageContaining("(identity R_DIRECTOR other-dir) failed: ");
      assertThatThrownBy(() -> LoopbackPair.await(accepted))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("unknown PSK identity R_DIRECTOR other-dir");
      assertNextConnectionWorks(pair, versions);
    }
  }

  @Test
  void identityWithoutRecordSeparatorIsReportedAsMalformed() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptWith(pair, TlsVersions.TLS_1_2_ONLY, Duration.ofSeconds(10));
      Socket socket = pair.connect();
      TlsClientProtocol rawClient = new TlsClientProtocol(socket.getInputStream(), socket.getOutputStream());
      assertThatThrownBy(() -> rawClient.connect(new PSKTlsClient(
              PskCrypto.INSTANCE, "bareos-dir".getBytes(StandardCharsets.US_ASCII), FD_SECRET.toBytes())))
          .isInstanceOf(IOException.class);
      assertThatThrownBy(() -> LoopbackPair.await(accepted))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("malformed PSK identity 'bareos-dir'");
      socket.close();
    }
  }

  @Test
  void clientThatSendsFiveBytesAndClosesIsReported() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptRawWith(pair, Duration.ofSeconds(10));
      try (Socket socket = pair.connect()) {
        OutputStream out = socket.getOutputStream();
        out.write(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00});
        out.flush();
        socket.shutdownOutput();
        assertThatThrownBy(() -> LoopbackPair.await(accepted))
            .isInstanceOf(TlsHandshakeException.class)
            .hasMessageContaining("peer closed the connection after 5 bytes");
      }
      assertNextConnectionWorks(pair, TlsVersions.DEFAULT);
    }
  }

  @Test
  void garbageInsteadOfClientHelloIsReported() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptRawWith(pair, Duration.ofSeconds(10));
      try (Socket socket = pair.connect()) {
        socket.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> LoopbackPair.await(accepted))
            .isInstanceOf(TlsHandshakeException.class)
            .hasMessageContaining("peer did not start a TLS handshake, its first bytes are 47 45 54 20 2f");
      }
      assertNextConnectionWorks(pair, TlsVersions.DEFAULT);
    }
  }

  @Test
  void silentClientTimesOut() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = acceptRawWith(pair, Duration.ofMillis(300));
      try (Socket socket = pair.connect()) {
        // Ten bytes let the peek pass; then the client goes quiet in the middle of a record.
        socket.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xfc, 0x03});
        assertThatThrownBy(() -> LoopbackPair.await(accepted))
            .isInstanceOf(TlsHandshakeException.class)
            .hasMessageContaining("no handshake within 300 ms (peer sent 10 bytes)");
      }
      assertNextConnectionWorks(pair, TlsVersions.DEFAULT);
    }
  }

  @Test
  void silentServerTimesOutOnTheClientAndTheTimeoutIsRestoredAfterSuccess() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CountDownLatch done = new CountDownLatch(1);
      CompletableFuture<Socket> silent = pair.acceptOne((socket, peeked) -> {
        try {
          done.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return socket;
      });
      try (Socket socket = pair.connect()) {
        assertThatThrownBy(() -> TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
                DIRECTOR, FD_SECRET, TlsVersions.DEFAULT, Duration.ofMillis(300)))
            .isInstanceOf(TlsHandshakeException.class)
            .hasMessageContaining("no handshake within 300 ms");
      } finally {
        done.countDown();
        LoopbackPair.await(silent).close();
      }

      CompletableFuture<PskTransport> accepted = acceptWith(pair, TlsVersions.DEFAULT, Duration.ofSeconds(10));
      try (Socket socket = pair.connect()) {
        socket.setSoTimeout(1234);
        try (PskTransport client = TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
                DIRECTOR, FD_SECRET, TlsVersions.DEFAULT, Duration.ofSeconds(5));
            PskTransport server = LoopbackPair.await(accepted)) {
          assertThat(socket.getSoTimeout()).isEqualTo(1234);
          assertThat(server.identity()).isEqualTo(DIRECTOR);
        }
      }
    }
  }

  private static CompletableFuture<PskTransport> acceptWith(LoopbackPair pair, TlsVersions versions,
      Duration timeout) {
    return pair.acceptOne((socket, peeked) ->
        TlsPskServer.accept(peeked, socket.getOutputStream(), socket, CONFIG, versions, timeout));
  }

  /** For clients that send fewer than 10 bytes, the accept side must not peek. */
  private static CompletableFuture<PskTransport> acceptRawWith(LoopbackPair pair, Duration timeout) {
    return pair.acceptOneWithoutPeek((socket, in) ->
        TlsPskServer.accept(in, socket.getOutputStream(), socket, CONFIG, TlsVersions.DEFAULT, timeout));
  }

  private static void assertNextConnectionWorks(LoopbackPair pair, TlsVersions versions) throws Throwable {
    CompletableFuture<PskTransport> accepted = acceptWith(pair, versions, Duration.ofSeconds(10));
    try (Socket socket = pair.connect();
        PskTransport client = TlsPskClient.connect(
            socket.getInputStream(), socket.getOutputStream(), socket, DIRECTOR, FD_SECRET, versions);
        PskTransport server = LoopbackPair.await(accepted)) {
      TlsPskRoundTripTest.exchange(client, server, "Hello Director bareos-dir calling\n".getBytes());
      assertThat(server.identity()).isEqualTo(DIRECTOR);
    }
  }
}
