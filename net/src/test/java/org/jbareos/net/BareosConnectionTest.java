package org.jbareos.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BareosConnectionTest {

  @Test
  void socketTransportOptionsAndProtection() throws Exception {
    try (Loopback link = Loopback.open()) {
      SocketTransport transport = (SocketTransport) link.client().transport();
      assertThat(transport.socket().getKeepAlive()).isTrue();
      assertThat(transport.socket().getTcpNoDelay()).isTrue();
      assertThat(((SocketTransport) link.server().transport()).socket().getKeepAlive()).isTrue();
      assertThat(link.client().protection()).isEqualTo("Cleartext");
      assertThat(transport.remoteAddress()).startsWith("127.0.0.1:");
      assertThat(link.client().describePeer()).isEqualTo(transport.remoteAddress());
      link.client().identifyPeer(new QualifiedName(ResourceType.STORAGE, "bareos-sd"));
      assertThat(link.client().describePeer()).startsWith("R_STORAGE::bareos-sd at 127.0.0.1:");
    }
  }

  @Test
  void fsendFormatsWithTheRootLocaleAndAddsNoNul() throws Exception {
    Locale saved = Locale.getDefault();
    try (Loopback link = Loopback.open()) {
      Locale.setDefault(Locale.GERMANY);
      link.client().fsend("btime %d %.1f %s\n", 1795313408000000L, 1.5, "ä");
      Packet.Message m = (Packet.Message) link.server().receive();
      assertThat(m.payload()).isEqualTo("btime 1795313408000000 1.5 ä\n".getBytes(StandardCharsets.UTF_8));
      assertThat(m.text()).isEqualTo("btime 1795313408000000 1.5 ä\n");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void gatheredFramesWaitUntilTheScopeClosesOrAnAnswerIsAwaited() throws Exception {
    try (Loopback link = Loopback.open()) {
      try (BareosConnection.Gathering outer = link.client().gather()) {
        try (BareosConnection.Gathering inner = link.client().gather()) {
          link.client().send("1 1 0");
        }
        link.client().signal(Signal.EOD);
        // nested scope closed, outer still open: nothing went out yet
        assertThatThrownBy(() -> link.server().receive(Duration.ofMillis(50)))
            .isInstanceOf(SocketTimeoutException.class);
        link.client().send("question");
        Thread.ofVirtual().start(() -> {
          try {
            assertThat(link.server().receive()).isEqualTo(Packet.text("1 1 0"));
            assertThat(link.server().receive()).isEqualTo(new Packet.SignalPacket(Signal.EOD));
            assertThat(link.server().receive()).isEqualTo(Packet.text("question"));
            link.server().send("answer");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        // waiting for the answer sends what was gathered first
        assertThat(link.client().receive(Duration.ofSeconds(10))).isEqualTo(Packet.text("answer"));
        link.client().send("after");
      }
      assertThat(link.server().receive(Duration.ofSeconds(10))).isEqualTo(Packet.text("after"));
    }
  }

  @Test
  void heartbeatsAreDroppedOnReceive() throws Exception {
    try (Loopback link = Loopback.open()) {
      link.client().signal(Signal.HEARTBEAT);
      link.client().signal(Signal.HB_RESPONSE);
      link.client().send("");
      link.client().signal(Signal.EOD);
      link.client().signal(-77);
      assertThat(link.server().receive()).isEqualTo(new Packet.Message(new byte[0]));
      assertThat(link.server().receive()).isEqualTo(new Packet.SignalPacket(Signal.EOD));
      Packet unknown = link.server().receive();
      assertThat(unknown).isEqualTo(new Packet.SignalPacket(-77));
      assertThat(((Packet.SignalPacket) unknown).signal()).isEmpty();
    }
  }

  @Test
  void receiveTimeoutLosesNothing() throws Exception {
    try (Loopback link = Loopback.open()) {
      assertThatThrownBy(() -> link.server().receive(Duration.ofMillis(30)))
          .isInstanceOf(SocketTimeoutException.class).hasMessageContaining("No message from 127.0.0.1:");
      // Half a frame arrives: the pending read keeps it; the rest completes the same message.
      var raw = link.client().transport().output();
      raw.write(new byte[] {0, 0, 0, 5, 'h', 'e'});
      raw.flush();
      assertThatThrownBy(() -> link.server().receive(Duration.ofMillis(30)))
          .isInstanceOf(SocketTimeoutException.class);
      raw.write(new byte[] {'l', 'l', 'o'});
      raw.flush();
      assertThat(link.server().receive(Duration.ofSeconds(10))).isEqualTo(Packet.text("hello"));
      link.client().send("next");
      assertThat(link.server().receive()).isEqualTo(Packet.text("next"));
    }
  }

  @Test
  void heartbeatNeverLandsInsideAnotherFrame() throws Exception {
    try (Loopback link = Loopback.open()) {
      AtomicInteger heartbeats = new AtomicInteger();
      CountDownLatch someHeartbeats = new CountDownLatch(3);
      link.client().traceTo((header, payload, offset, length) -> {
        if (header == Signal.HEARTBEAT.value()) {
          heartbeats.incrementAndGet();
          someHeartbeats.countDown();
        }
      });
      link.client().startHeartbeat(Duration.ofMillis(1));
      assertThat(someHeartbeats.await(10, TimeUnit.SECONDS)).isTrue();
      int senders = 4;
      int messagesEach = 5;
      int big = 2 * FrameLimits.MAX_MESSAGE_LENGTH + 100;
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < senders; t++) {
        byte fill = (byte) ('a' + t);
        threads.add(Thread.ofVirtual().start(() -> {
          for (int i = 0; i < messagesEach; i++) {
            byte[] payload = new byte[i == 2 ? big : 1000 + i];
            Arrays.fill(payload, fill);
            try {
              link.client().send(payload);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        }));
      }
      int expectedFrames = senders * (messagesEach + 2);
      for (int frame = 0; frame < expectedFrames; frame++) {
        Packet p = link.server().receive(Duration.ofSeconds(20));
        Packet.Message m = (Packet.Message) p;
        byte fill = m.payload()[0];
        for (byte b : m.payload()) {
          if (b != fill) {
            throw new AssertionError("frame " + frame + " mixes bytes of two messages");
          }
        }
        if (m.length() == FrameLimits.MAX_MESSAGE_LENGTH) {
          // The frames of a split message follow each other.
          Packet.Message second = (Packet.Message) link.server().receive(Duration.ofSeconds(20));
          Packet.Message third = (Packet.Message) link.server().receive(Duration.ofSeconds(20));
          assertThat(second.length()).isEqualTo(FrameLimits.MAX_MESSAGE_LENGTH);
          assertThat(third.length()).isEqualTo(100);
          assertThat(second.payload()[0]).isEqualTo(fill);
          assertThat(third.payload()[0]).isEqualTo(fill);
          frame += 2;
        }
      }
      for (Thread thread : threads) {
        thread.join();
      }
      link.client().stopHeartbeat();
      int after = heartbeats.get();
      link.client().send("done");
      assertThat(link.server().receive(Duration.ofSeconds(10))).isEqualTo(Packet.text("done"));
      assertThat(heartbeats.get()).isEqualTo(after);
      assertThat(link.client().heartbeatFailure()).isEmpty();
    }
  }

  @Test
  void closeSendsNothingAndLaterSendsFail() throws Exception {
    try (Loopback link = Loopback.open()) {
      link.client().startHeartbeat(Duration.ofHours(1));
      link.client().close();
      link.client().close();
      assertThat(link.client().isClosed()).isTrue();
      assertThatThrownBy(() -> link.client().send("x")).isInstanceOf(ConnectionClosedException.class);
      assertThatThrownBy(() -> link.server().receive(Duration.ofSeconds(10)))
          .isInstanceOf(ConnectionClosedException.class).hasMessageStartingWith("Connection closed by 127.0.0.1:");
    }
  }

  @Test
  void terminateIsRememberedAndALocalCloseEndsABlockedRead() throws Exception {
    try (Loopback link = Loopback.open()) {
      assertThat(link.server().terminateReceived()).isFalse();
      link.client().signal(Signal.TERMINATE);
      assertThat(link.server().receive()).isEqualTo(new Packet.SignalPacket(Signal.TERMINATE));
      assertThat(link.server().terminateReceived()).isTrue();
      assertThatThrownBy(() -> link.server().receive(Duration.ofMillis(20)))
          .isInstanceOf(SocketTimeoutException.class);
      link.server().close();
      assertThatThrownBy(() -> link.server().receive()).isInstanceOf(ConnectionClosedException.class)
          .hasMessageContaining("is closed");
    }
  }

  @Test
  void aReaderBlockedWhileWeCloseGetsConnectionClosed() throws Exception {
    try (Loopback link = Loopback.open()) {
      var reading = new java.util.concurrent.CompletableFuture<Packet>();
      Thread.ofVirtual().start(() -> {
        try {
          reading.complete(link.server().receive());
        } catch (Throwable t) {
          reading.completeExceptionally(t);
        }
      });
      link.server().close();
      assertThatThrownBy(() -> reading.get(10, TimeUnit.SECONDS))
          .cause().isInstanceOf(ConnectionClosedException.class).hasMessageContaining("closed");
    }
  }

  /**
   * A listener that never accepts, with a backlog of 1: once its queue is full the kernel drops further SYNs (Linux),
   * so a connect can only end by its timeout.
   */
  @Test
  void connectTimeoutIsHonoured() throws Exception {
    List<BareosConnection> queued = new ArrayList<>();
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SocketTimeoutException timedOut = null;
      for (int attempt = 0; attempt < 16 && timedOut == null; attempt++) {
        long start = System.nanoTime();
        try {
          queued.add(BareosConnection.connect("127.0.0.1", listener.getLocalPort(), Duration.ofMillis(250)));
        } catch (SocketTimeoutException e) {
          timedOut = e;
          assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
      }
      assertThat(timedOut).isNotNull();
    } finally {
      for (BareosConnection connection : queued) {
        connection.close();
      }
    }
  }

  @Test
  void connectToAPortNobodyListensOnFails() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    assertThatThrownBy(() -> BareosConnection.connect("127.0.0.1", port, Duration.ofSeconds(5)))
        .isInstanceOf(java.net.ConnectException.class);
  }
}
