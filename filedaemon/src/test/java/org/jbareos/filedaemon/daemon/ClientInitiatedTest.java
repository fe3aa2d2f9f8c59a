package org.jbareos.filedaemon.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.session.AcceptedSession;
import org.jbareos.net.session.BareosServer;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.ServerHandshake;
import org.jbareos.net.session.ServerSettings;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the kit's client-initiated Director resource ({@code config/client-initiated/bareos-fd.d}), our FD dials the
 * Director ({@code Hello Client bareos-fd FdProtocolVersion=54 calling Version="26.0.0"}, CRAM-MD5, {@code 1000 OK:}),
 * waits, serves the Director's command on that connection without a {@code 2000 OK Hello}, and at once opens the next
 * waiting connection (PROTOCOL.md §9; conformance client-initiated.txt).
 */
class ClientInitiatedTest {

  @TempDir Path temp;

  @Test
  void theFdDialsWaitsServesAndDialsAgain() throws Exception {
    BlockingQueue<AcceptedSession> sessions = new LinkedBlockingQueue<>();
    CountDownLatch done = new CountDownLatch(1);
    ServerSettings settings = ServerSettings.of(new QualifiedName(ResourceType.DIRECTOR, "bareos-dir"),
        Participant.DIRECTOR, HelloLengthLimit.DIRECTOR)
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO));
    ServerHandshake handshake = new ServerHandshake(settings, (type, name) ->
        type == ResourceType.CLIENT && name.equals("bareos-fd")
            ? Optional.of(new PeerCredentials(new QualifiedName(type, name),
                CramKey.fromPassword(ScriptedDirector.KIT_PASSWORD), TlsPolicy.NONE))
            : Optional.empty());
    try (BareosServer director = BareosServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        handshake, session -> {
          session.connection().send("1000 OK: bareos-dir Version: 26.0.0 (jbareos 0.1.0)\n");
          sessions.add(session);
          try {
            done.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        })) {
      Path config = clientInitiatedConfig(director.port());
      try (FileDaemon daemon = FileDaemon.start(FileDaemonConfig.load(config), FileDaemonSettings.defaults()
          .listenOn(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
          .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)))) {
        AcceptedSession first = sessions.poll(20, TimeUnit.SECONDS);
        assertThat(first).as("the FD dials in").isNotNull();
        assertThat(first.hello()).isEqualTo(Hello.parse("Hello Client bareos-fd FdProtocolVersion=54 calling"
            + " Version=\"26.0.0\"\n"));
        BareosConnection dir = first.connection();
        dir.send("status");
        List<String> lines = new ArrayList<>();
        for (Packet p; (p = dir.receive(ScriptedPeer.WAIT)) instanceof Packet.Message m; ) {
          lines.add(m.text());
        }
        // status answers an empty line, then the header (filed/status.cc StatusCmd)
        assertThat(lines.get(0)).as("no 2000 OK Hello on a waiting connection").isEqualTo("\n");
        assertThat(lines.get(1)).startsWith("bareos-fd Version: 26.0.0 (jbareos 0.1.0) ");
        assertThat(sessions.poll(20, TimeUnit.SECONDS)).as("the next waiting connection").isNotNull();
      } finally {
        done.countDown();
      }
    }
  }

  /** The kit's FD configuration with the client-initiated Director resource, pointed at {@code port}. */
  private Path clientInitiatedConfig(int port) throws Exception {
    Path config = KitConfig.copy("bareos-fd.d", temp.resolve("config"));
    String director = Files.readString(SharedData.conformance("config/client-initiated/bareos-fd.d/director/"
        + "bareos-dir.conf")).replace("Port = 19101", "Port = " + port);
    Files.writeString(config.resolve("bareos-fd.d/director/bareos-dir.conf"), director);
    return config;
  }
}
