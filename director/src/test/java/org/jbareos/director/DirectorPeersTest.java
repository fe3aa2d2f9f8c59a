package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.DirectorSchema;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.TlsPolicy;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.Test;

/** Who may connect, and where the catalog is, read from the conformance configuration. */
class DirectorPeersTest {
  private final DirectorConfig config = load();

  private static DirectorConfig load() {
    try {
      return DirectorConfig.load(SharedData.conformance("config"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theDefaultConsoleUsesTheDirectorPasswordAndTls() {
    var peer = new DirectorPeers(config).find(ResourceType.CONSOLE, "*UserAgent*").orElseThrow();
    assertThat(peer.key()).isEqualTo(CramKey.fromPassword("dir-secret"));
    assertThat(peer.key().secret()).isEqualTo("5832d9ba1d4dd48772a999378cee2be7");
    assertThat(peer.tlsPolicy()).isEqualTo(TlsPolicy.NONE);
  }

  @Test
  void namedConsolesUseTheirOwnPasswords() {
    assertThat(new DirectorPeers(config).find(ResourceType.CONSOLE, "admin").orElseThrow().key().secret())
        .isEqualTo("fa0deb5e70ca0c27c04b717a9c60d657");
  }

  @Test
  void clientsMayConnectOnlyWithConnectionFromClientToDirector() throws Exception {
    assertThat(new DirectorPeers(config).find(ResourceType.CLIENT, "bareos-fd")).isEmpty();
    Path clientInitiated = SharedData.conformance("config/client-initiated/bareos-dir.d/client/bareos-fd.conf");
    DirectorConfig withPool = new DirectorConfig(ConfigLoader.parse(DirectorSchema.SCHEMA, clientInitiated, """
        Director { Name = bareos-dir; Password = p; Working Directory = "/tmp"; Messages = M }
        Catalog { Name = C; DB Name = bareos; DB User = bareos }
        Messages { Name = M; console = all }
        """ + java.nio.file.Files.readString(clientInitiated)));
    assertThat(new DirectorPeers(withPool).find(ResourceType.CLIENT, "bareos-fd").orElseThrow().key().secret())
        .isEqualTo("6cf9aa1126e81141ba4a404bf837c2e4");
  }

  @Test
  void unknownNamesAndOtherTypesAreRefused() {
    DirectorPeers peers = new DirectorPeers(config);
    assertThat(peers.find(ResourceType.CONSOLE, "nobody")).isEmpty();
    assertThat(peers.find(ResourceType.CLIENT, "other-fd")).isEmpty();
    assertThat(peers.find(ResourceType.STORAGE, "File")).isEmpty();
    assertThat(peers.find(ResourceType.DIRECTOR, "bareos-dir")).isEmpty();
    assertThat(peers.find(ResourceType.JOB, "backup-bareos-fd")).isEmpty();
  }

  @Test
  void aCatalogWithoutDbAddressIsEmbeddedUnderTheWorkingDirectory() throws Exception {
    DirectorConfig embedded = new DirectorConfig(ConfigLoader.parse(DirectorSchema.SCHEMA,
        Path.of("bareos-dir.conf"), """
            Director { Name = d; Password = p; Working Directory = "/var/lib/jbareos"; Messages = M }
            Catalog { Name = C; DB Name = bareos; DB User = bareos }
            Messages { Name = M; console = all }
            """));
    assertThat(DirectorDaemon.catalogSettings(embedded))
        .isEqualTo(new CatalogSettings.Embedded(Path.of("/var/lib/jbareos"), 0));
  }

  @Test
  void aCatalogWithADbAddressIsExternal() {
    assertThat(DirectorDaemon.catalogSettings(config)).isEqualTo(new CatalogSettings.External("127.0.0.1", 15432,
        "bareos_kit", "bareos", ""));
  }
}
