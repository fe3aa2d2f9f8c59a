package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.console.RunRequest;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.testkit.SharedData;
import org.jbareos.testkit.Transcript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console side of backup-full.txt ({@code run}, {@code wait}, {@code messages}, {@code list jobs}, {@code list
 * volumes}, {@code quit}) against our Director, with a job engine that ends the job as the recorded one did: the
 * console server's part (routing {@code run} to the engine, {@code You have messages.}, the message lines, the
 * catalog announcements and tables) must equal the recorded Director's frames.
 */
class BackupConsoleConversationTest {
  @TempDir
  static Path workingDirectory;
  private static CatalogDatabase catalog;
  private static final RecordedCatalog RECORDING = new RecordedCatalog();

  @BeforeAll
  static void openCatalog() {
    catalog = CatalogDatabase.open(new CatalogSettings.Embedded(workingDirectory, 0));
    RECORDING.seedBeforeFirstJob(catalog);
  }

  @AfterAll
  static void closeCatalog() {
    catalog.close();
  }

  @Test
  void runWaitMessagesAndListsAsRecorded() throws Exception {
    ConsoleMessages messages = new ConsoleMessages();
    RecordedBackupEngine engine = new RecordedBackupEngine(catalog, messages, RECORDING);
    DirectorDaemon.Options options = DirectorDaemon.Options.defaults()
        .withVersion(RecordedCatalog.RECORDED_VERSION)
        .withClock(new SettableClock(LocalDateTime.of(2026, 11, 22, 2, 9, 0))).withCatalog(catalog)
        .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
        .withListen(new InetSocketAddress("127.0.0.1", 0))
        .withConsoleMessages(messages).withJobRunner(engine);
    try (DirectorDaemon director = DirectorDaemon.start(DirectorConfig.load(SharedData.conformance("config")),
        options)) {
      var frames = ConsoleReplay.replay(Transcript.conformance("backup-full.txt"), 1, "dir-secret",
          director.port());
      for (int i = 0; i < Math.min(frames.ours().size(), frames.recorded().size()); i++) {
        assertThat(frames.ours().get(i)).as("Director frame %d", i).isEqualTo(frames.recorded().get(i));
      }
      assertThat(frames.ours()).hasSameSizeAs(frames.recorded());
    }
    assertThat(engine.requests()).containsExactly(new RunRequest("backup-bareos-fd", Optional.of("Full"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }
}
