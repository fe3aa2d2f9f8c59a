package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jbareos.director.ClientInitiatedDirector.ANY_LOOPBACK_PORT;
import static org.jbareos.director.ClientInitiatedDirector.NO_DELAY;
import static org.jbareos.director.ClientInitiatedDirector.awaitTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.director.console.WaitingClients;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.net.trace.Participant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that may not dial in (PROTOCOL.md §9, {@code HandleFiledConnection}): a name the Director does not know,
 * and a Client without {@code Connection From Client To Director}, are refused with Bareos's warnings in the
 * Director's log; the Director goes on pooling the Client that may, and serving consoles.
 */
class ClientRefusalTest {
  private static final Logger DIRECTOR_LOG = Logger.getLogger(DirectorDaemon.class.getName());

  @TempDir Path directory;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      warnings.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureDirectorLog() {
    DIRECTOR_LOG.addHandler(capture);
  }

  @AfterEach
  void releaseDirectorLog() {
    DIRECTOR_LOG.removeHandler(capture);
  }

  @Test
  void unknownAndNotAllowedClientsAreRefusedAndLogged() throws Exception {
    Path config = KitSite.clientInitiated(directory).director(9, 0);
    Files.writeString(config.resolve("bareos-dir.d/client/other-fd.conf"), """
        Client {
          Name = other-fd
          Address = 127.0.0.1
          Password = "fd-secret"
          TLS Enable = no
        }
        """);
    ClientConnectionPool pool = new ClientConnectionPool();
    try (DirectorDaemon director = DirectorDaemon.start(DirectorConfig.load(config), DirectorDaemon.Options
        .defaults().withCatalog(SharedRecordedCatalog.get()).withCram(NO_DELAY).withListen(ANY_LOOPBACK_PORT)
        .withWaitingClients(pool))) {
      assertThatThrownBy(() -> dial(director, "stranger-fd")).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> dial(director, "other-fd")).isInstanceOf(IOException.class);
      awaitTrue("both refusals logged", () -> warnings.size() >= 2);
      assertThat(warnings).anyMatch(w -> w.endsWith(
          "refused: Client \"stranger-fd\" tries to connect, but no matching resource is defined."));
      assertThat(warnings).anyMatch(w -> w.endsWith(
          "refused: Connection from client \"other-fd\" to director is not allowed."));

      try (BareosConnection allowed = dial(director, "bareos-fd")) {
        awaitTrue("bareos-fd pooled", () -> pool.waiting().stream().map(WaitingClients.WaitingClient::name)
            .toList().equals(List.of("bareos-fd")));
        try (ConsoleClient console = ConsoleClient.login(director.port())) {
          assertThat(String.join("", console.text("status director")))
              .contains("Client Initiated Connections (waiting for jobs):").contains(" bareos-fd ")
              .doesNotContain("stranger-fd").doesNotContain("other-fd");
        }
      }
    }
  }

  /** Dials as the File Daemon {@code name} with the Director's Client password and reads the {@code 1000 OK}. */
  private static BareosConnection dial(DirectorDaemon director, String name) throws IOException {
    BareosConnection connection = new ClientHandshake(ClientSettings.of(new QualifiedName(ResourceType.CLIENT,
        name), Participant.FILE_DAEMON).withCram(NO_DELAY)).connect("127.0.0.1", director.port(),
        new Hello.Client(name, OptionalInt.of(Hello.Client.FD_PROTOCOL_VERSION), Optional.empty()),
        new PeerCredentials(new QualifiedName(ResourceType.DIRECTOR, "bareos-dir"), CramKey.fromPassword("fd-secret"),
            TlsPolicy.NONE), Participant.DIRECTOR);
    Packet ok = connection.receive();
    assertThat(ok).isInstanceOfSatisfying(Packet.Message.class,
        m -> assertThat(m.text()).startsWith("1000 OK: bareos-dir Version: "));
    return connection;
  }
}
