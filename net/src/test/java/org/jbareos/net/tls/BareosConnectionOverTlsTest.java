package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * BSOCK framing runs unchanged inside TLS-PSK (PROTOCOL.md §3.1: "Inside TLS the byte stream is the same BSOCK
 * framing"): the hello, a signal, a heartbeat that is dropped, and a 64 KiB message, over each TLS version.
 */
class BareosConnectionOverTlsTest {

  private static final PskIdentity DIRECTOR = PskIdentity.director("bareos-dir");
  private static final PskSecret FD_SECRET = PskSecret.fromPassword("fd-secret");

  @ParameterizedTest
  @EnumSource(value = TlsVersions.class, names = {"TLS_1_2_ONLY", "TLS_1_3_ONLY"})
  void framesAndSignalsCrossTheTlsSession(TlsVersions versions) throws Throwable {
    PskKeyLookup config = identity -> Optional.ofNullable(Map.of(DIRECTOR, FD_SECRET).get(identity));
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsPskServer.accept(peeked, socket.getOutputStream(), socket, config, versions));
      Socket socket = pair.connect();
      try (BareosConnection director = new BareosConnection(TlsPskClient.connect(
              socket.getInputStream(), socket.getOutputStream(), socket, DIRECTOR, FD_SECRET, versions));
          BareosConnection fileDaemon = new BareosConnection(LoopbackPair.await(accepted))) {
        director.send("Hello Director bareos-dir calling Version=\"26.0.0\"\n");
        Packet hello = fileDaemon.receive(Duration.ofSeconds(10));
        assertThat(hello).isInstanceOf(Packet.Message.class);
        assertThat(((Packet.Message) hello).text()).isEqualTo("Hello Director bareos-dir calling Version=\"26.0.0\"\n");
        assertThat(((PskTransport) fileDaemon.transport()).identity()).isEqualTo(DIRECTOR);
        assertThat(fileDaemon.protection()).isEqualTo(director.protection());

        fileDaemon.signal(Signal.HEARTBEAT);
        fileDaemon.signal(Signal.EOD);
        assertThat(director.receive(Duration.ofSeconds(10))).isEqualTo(new Packet.SignalPacket(Signal.EOD));

        byte[] block = new byte[65536];
        new Random(11).nextBytes(block);
        director.send(block);
        Packet data = fileDaemon.receive(Duration.ofSeconds(10));
        assertThat(((Packet.Message) data).payload()).isEqualTo(block);
      }
    }
  }
}
