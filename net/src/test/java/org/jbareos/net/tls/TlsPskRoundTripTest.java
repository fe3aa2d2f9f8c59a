package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jbareos.net.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Our TLS-PSK client against our TLS-PSK server on loopback, for each version setting. */
class TlsPskRoundTripTest {

  private static final PskIdentity DIRECTOR = PskIdentity.director("bareos-dir");
  private static final PskSecret FD_SECRET = PskSecret.fromPassword("fd-secret");
  private static final PskKeyLookup CONFIG =
      identity -> Optional.ofNullable(Map.of(DIRECTOR, FD_SECRET).get(identity));

  @ParameterizedTest
  @CsvSource({
    "TLS_1_3_ONLY, TLS_1_2_AND_1_3, TLSv1.3",
    "TLS_1_2_AND_1_3, TLS_1_3_ONLY, TLSv1.3",
    "TLS_1_2_AND_1_3, TLS_1_2_AND_1_3, TLSv1.3",
    "TLS_1_2_ONLY, TLS_1_2_AND_1_3, TLSv1.2",
    "TLS_1_2_AND_1_3, TLS_1_2_ONLY, TLSv1.2",
    "TLS_1_2_ONLY, TLS_1_2_ONLY, TLSv1.2",
  })
  void bytesRoundTripAndBothSidesNameTheSuite(TlsVersions clientVersions, TlsVersions serverVersions,
      String expectedProtocol) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = pair.acceptOne(
          (socket, peeked) -> TlsPskServer.accept(peeked, socket.getOutputStream(), socket, CONFIG, serverVersions));
      Socket socket = pair.connect();
      try (PskTransport client = TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
              DIRECTOR, FD_SECRET, clientVersions);
          PskTransport server = LoopbackPair.await(accepted)) {
        assertThat(server.identity()).isEqualTo(DIRECTOR);
        assertThat(client.identity()).isEqualTo(DIRECTOR);
        assertThat(client.protection()).isEqualTo(server.protection()).endsWith(" " + expectedProtocol);
        if (expectedProtocol.equals("TLSv1.3")) {
          assertThat(client.protection()).isEqualTo("TLS_AES_128_GCM_SHA256 TLSv1.3");
        } else {
          assertThat(client.protection()).isEqualTo("DHE-PSK-AES256-GCM-SHA384 TLSv1.2");
        }
        assertThat(client.remoteAddress()).isEqualTo("127.0.0.1:" + pair.port());
        assertThat(server.remoteAddress()).startsWith("127.0.0.1:");

        exchange(client, server, "Hello Director bareos-dir calling\n".getBytes(StandardCharsets.US_ASCII));
        exchange(server, client, "2000 OK Hello 54\n".getBytes(StandardCharsets.US_ASCII));
        byte[] large = new byte[200_000];
        new Random(42).nextBytes(large);
        exchange(client, server, large);
        exchange(server, client, large);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TlsVersions.class)
  void closeIsSeenAsEndOfStreamByThePeer(TlsVersions versions) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = pair.acceptOne(
          (socket, peeked) -> TlsPskServer.accept(peeked, socket.getOutputStream(), socket, CONFIG, versions));
      Socket socket = pair.connect();
      PskTransport client = TlsPskClient.connect(
          socket.getInputStream(), socket.getOutputStream(), socket, DIRECTOR, FD_SECRET, versions);
      try (PskTransport server = LoopbackPair.await(accepted)) {
        client.close();
        client.close();
        assertThat(server.input().read()).isEqualTo(-1);
        assertThat(socket.isClosed()).isTrue();
      }
    }
  }

  @Test
  void smallWritesAreBufferedUntilFlush() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsPskServer.accept(peeked, socket.getOutputStream(), socket, CONFIG, TlsVersions.DEFAULT));
      Socket socket = pair.connect();
      try (PskTransport client = TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
              DIRECTOR, FD_SECRET, TlsVersions.DEFAULT);
          PskTransport server = LoopbackPair.await(accepted)) {
        byte[] header = {0, 0, 0, 5};
        client.output().write(header);
        for (byte b : "hello".getBytes(StandardCharsets.US_ASCII)) {
          client.output().write(b);
        }
        assertThat(server.input().available()).isZero();
        client.output().flush();
        byte[] frame = new byte[9];
        new DataInputStream(server.input()).readFully(frame);
        assertThat(new String(frame, 4, 5, StandardCharsets.US_ASCII)).isEqualTo("hello");
      }
    }
  }

  /** Writes the bytes on one side (in awkward pieces) and reads them completely on the other. */
  static void exchange(Transport from, Transport to, byte[] data) throws Throwable {
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        int offset = 0;
        int piece = 1;
        while (offset < data.length) {
          int n = Math.min(piece, data.length - offset);
          from.output().write(data, offset, n);
          offset += n;
          piece = piece * 3 + 1;
        }
        from.output().flush();
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
    });
    byte[] received = new byte[data.length];
    new DataInputStream(to.input()).readFully(received);
    LoopbackPair.await(writer);
    assertThat(received).isEqualTo(data);
  }
}
