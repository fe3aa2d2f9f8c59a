package org.jbareos.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The middlebox forwards both ways, keeps busy flows, and silently black-holes a flow that went idle. */
class NatMiddleboxTest {
  private static final Duration IDLE = Duration.ofMillis(400);

  private ServerSocket echoListener;
  private NatMiddlebox nat;

  @BeforeEach
  void start() throws IOException {
    echoListener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::echo);
    nat = NatMiddlebox.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), echoListener.getLocalPort()),
        IDLE);
  }

  @AfterEach
  void stop() throws IOException {
    nat.close();
    echoListener.close();
  }

  @Test
  void aBusyFlowPassesBothWays() throws Exception {
    try (Socket socket = connect()) {
      for (int i = 0; i < 5; i++) {
        assertThat(roundTrip(socket, (byte) i)).isEqualTo(i);
        Thread.sleep(IDLE.dividedBy(4));
      }
    }
    assertThat(nat.forgottenFlows()).isZero();
  }

  @Test
  void anIdleFlowIsForgottenWithoutATrace() throws Exception {
    try (Socket socket = connect()) {
      assertThat(roundTrip(socket, (byte) 1)).isEqualTo(1);
      Thread.sleep(IDLE.multipliedBy(3));
      socket.getOutputStream().write(2);
      // no answer, no end of stream, no reset: the byte went into a black hole
      assertThatThrownBy(() -> socket.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
      assertThat(socket.isClosed()).isFalse();
    }
    assertThat(nat.forgottenFlows()).isEqualTo(1);
    try (Socket fresh = connect()) {
      assertThat(roundTrip(fresh, (byte) 3)).as("a new flow gets a new mapping").isEqualTo(3);
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), nat.port());
    socket.setSoTimeout((int) IDLE.multipliedBy(3).toMillis());
    return socket;
  }

  private static int roundTrip(Socket socket, byte value) throws IOException {
    socket.getOutputStream().write(value);
    return socket.getInputStream().read();
  }

  private void echo() {
    while (!echoListener.isClosed()) {
      try {
        Socket socket = echoListener.accept();
        Thread.ofVirtual().start(() -> {
          try (socket; InputStream in = socket.getInputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
              socket.getOutputStream().write(b);
            }
          } catch (IOException e) {
            // the test closed its end
          }
        });
      } catch (IOException closed) {
        return;
      }
    }
  }
}
