package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.catalog.RestoreFile;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.console.RestoreRequest;
import org.jbareos.director.job.EngineJobRunner;
import org.jbareos.director.job.JobEngine;
import org.jbareos.director.job.JobEngineSettings;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.testkit.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} ({@code dird/ua_restore.cc}) against the recording's catalog, with a job runner that records what
 * it is asked to start: the selection (given JobIds, or the latest state of the fileset), {@code file=}/{@code
 * directory=}, the texts of restore.bconsole-out.txt and the errors, in text and API 2 mode. Here JobIds 1 (Full)
 * and 2 (Incremental) of TestSet have their data on volume 1, and JobId 2 saved a new {@code docs/a.txt}.
 */
class RestoreCommandTest {
  private static final String DATA = "/srv/bareos-test/data/";

  @TempDir
  static Path catalogDirectory;

  private static CatalogDatabase catalog;

  private List<RestoreRequest> requests;
  private DirectorDaemon director;

  @BeforeAll
  static void seedCatalog() throws SQLException {
    catalog = CatalogDatabase.open(new CatalogSettings.Embedded(catalogDirectory, 0));
    seed(catalog);
  }

  /** The recording's catalog with JobMedia rows for JobIds 1 and 2 and the new {@code docs/a.txt} of JobId 2. */
  static void seed(CatalogDatabase catalog) throws SQLException {
    new RecordedCatalog().seed(catalog);
    try (Connection c = catalog.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO jobmedia (jobid, mediaid, firstindex, lastindex) VALUES (1, 1, 1, 11), (2, 1, 1, 1)");
      s.execute("INSERT INTO file (fileindex, jobid, pathid, lstat, md5, name) SELECT 1, 2, pathid, 'new', '',"
          + " 'a.txt' FROM path WHERE path = '" + DATA + "docs/'");
      // the recording's rows came with their ids; the engine's rows follow them
      for (String table : List.of("job", "fileset", "client", "pool", "media", "storage", "path")) {
        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + table + "id'), (SELECT coalesce(max("
            + table + "id), 0) + 1 FROM " + table + "), false)");
      }
    }
  }

  @AfterAll
  static void closeCatalog() {
    catalog.close();
  }

  @BeforeEach
  void startDirector() throws Exception {
    RecordingJobRunner recording = new RecordingJobRunner();
    requests = recording.restores();
    director = KitConsoleDirector.start(KitConsoleDirector.options(catalog).withJobRunner(recording));
  }

  @AfterEach
  void stopDirector() throws IOException {
    director.close();
  }

  @Test
  void restoreOfAJobAsTheRecordingShowsIt() throws IOException {
    // restore.bconsole-out.txt without the "Bootstrap records written" line; "Using Catalog" twice, as there
    // (OpenClientDb's private connection, then the run's shared one); 9 tree nodes, 11 files (two directories)
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      List<String> out = console.text("restore jobid=1 client=bareos-fd where=/tmp/bareos-restores all done yes");
      assertThat(String.join("", out)).isEqualTo("Using Catalog \"MyCatalog\"\n"
          + "You have selected the following JobId: 1\n"
          + "\nBuilding directory tree for JobId(s) 1 ...  "
          + "\n9 files inserted into the tree and marked for extraction.\n"
          + "\n"
          + "The job will require the following\n"
          + "   Volume(s)                 Storage(s)                SD Device(s)\n"
          + "===========================================================================\n"
          + "   \n"
          + "    Full-0001                 File                      FileStorage              \n"
          + "\nVolumes marked with \"*\" are online.\n"
          + "\n"
          + "\n11 files selected to be restored.\n\n"
          + "Using Catalog \"MyCatalog\"\n"
          + "Job queued. JobId=42\n");
    }
    assertThat(requests).hasSize(1);
    RestoreRequest request = requests.getFirst();
    assertThat(request.jobName()).isEqualTo("RestoreFiles");
    assertThat(request.client()).isEqualTo("bareos-fd");
    assertThat(request.jobIds()).containsExactly(1L);
    assertThat(request.files()).hasSize(11).allMatch(f -> f.jobId() == 1);
    assertThat(request.where()).contains("/tmp/bareos-restores");
    assertThat(request.replace()).isEmpty();
  }

  @Test
  void currentTakesTheLatestVersionOfEachFileOfFullAndIncremental() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      List<String> out = console.text("restore client=bareos-fd current directory=" + DATA + "docs"
          + " file=" + DATA + "empty.dat replace=never done yes");
      assertThat(out).contains("You have selected the following JobIds: 1,2\n",
          "\n5 files selected to be restored.\n\n", "Job queued. JobId=42\n");
    }
    RestoreRequest request = requests.getFirst();
    assertThat(request.jobIds()).containsExactly(1L, 2L);
    assertThat(request.replace()).contains('n');
    assertThat(request.files()).extracting(f -> f.path() + f.name()).containsExactlyInAnyOrder(DATA + "docs/",
        DATA + "docs/b.txt", DATA + "docs/c.txt", DATA + "empty.dat", DATA + "docs/a.txt");
    RestoreFile a = request.files().stream().filter(f -> f.name().equals("a.txt")).findFirst().orElseThrow();
    assertThat(a.jobId()).isEqualTo(2);
    assertThat(a.lstat()).isEqualTo("new");
  }

  @Test
  void selectWithAJobIdTakesTheJobsOfItsFullState() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      String out = String.join("", console.text("restore client=bareos-fd jobid=2 select all done yes"));
      assertThat(out).containsPattern("Selecting jobs to build the Full state at \\d{4}-\\d\\d-\\d\\d "
          + "\\d\\d:\\d\\d:\\d\\d\n").contains("You have selected the following JobIds: 1,2\n",
          "Job queued. JobId=42\n");
      assertThat(console.text("restore client=bareos-fd jobid=0 select all done yes"))
          .containsExactly("0 is not a valid jobid\n");
    }
    assertThat(requests).singleElement().extracting(RestoreRequest::jobIds).isEqualTo(List.of(1L, 2L));
  }

  @Test
  void errorsStartNothing() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.text("restore jobid=99 client=bareos-fd all done yes"))
          .contains("Unable to get Job record for JobId=99: ERR=No Job found for JobId 99\n\n");
      assertThat(console.text("restore jobid=1 client=nosuch-fd all done yes"))
          .contains("invalid client argument: nosuch-fd\n");
      assertThat(console.text("restore client=bareos-fd fileset=NoSuchSet current all done yes"))
          .contains("No Full backup before 2026-11-22 03:00:01 found.\n");
      // without "all" Bareos counts every row inserted (tree.cnt), with it the new nodes (FileCount)
      assertThat(console.text("restore jobid=1 client=bareos-fd done yes"))
          .contains("\n11 files inserted into the tree.\n", "No files selected to be restored.\n");
      assertThat(console.text("restore jobid=1 client=bareos-fd file=/nonexistent done yes"))
          .contains("No database record found for: /nonexistent\n", "No files selected to be restored.\n");
      assertThat(console.text("restore jobid=1 current client=bareos-fd all yes")).containsExactly(
          "A job was already explicitly chosen via 'jobid=1' which is incompatible with choosing a job by date"
              + " 'current'\n");
      assertThat(console.text("restore jobid=1 client=bareos-fd frobnicate all yes"))
          .containsExactly("Unknown keyword: frobnicate\n");
      assertThat(console.text("restore jobid=1 client=bareos-fd replace=sometimes all yes"))
          .containsExactly("Invalid replace option: sometimes\n");
      ConsoleClient.Reply asked = console.converse("restore jobid=1 client=bareos-fd all done");
      assertThat(asked.text()).contains("Run Restore job\n", "Restore Client:  bareos-fd\n")
          .endsWith("OK to run? (yes/mod/no): ");
      assertThat(asked.end()).isEqualTo(Signal.SUB_PROMPT);
      assertThat(console.converse("no")).isEqualTo(new ConsoleClient.Reply("Job not run.\n", Signal.EOD));
    }
    assertThat(requests).isEmpty();
  }

  @Test
  void apiModeAnswersAsRunDoes() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      console.apiJson();
      JsonNode queued = console.json("restore jobid=1,2 client=bareos-fd all done yes");
      assertThat(queued.get("result").get("run").toString()).isEqualTo("{\"jobid\":\"42\"}");
      JsonNode failed = console.json("restore jobid=77 client=bareos-fd all done yes");
      assertThat(failed.get("error").get("data").get("messages").get("error").toString())
          .isEqualTo("[\"Unable to get Job record for JobId=77: ERR=No Job found for JobId 77\\n\\n\"]");
    }
    assertThat(requests).hasSize(1);
    assertThat(requests.getFirst().files()).hasSize(11)
        .filteredOn(f -> f.name().equals("a.txt")).singleElement().extracting(RestoreFile::jobId).isEqualTo(2L);
  }

  /**
   * Through the real job engine: the restore starts, its Storage daemon (a listener on a free loopback port that
   * hangs up at once, in a copy of the kit's configuration) refuses it, and the job's messages reach {@code
   * messages} and its end {@code status director}, after {@code wait} as in restore.bconsole-out.txt.
   */
  @Test
  void theEnginesRestoreReportsItsMessagesAndEndToTheConsole(@TempDir Path configCopy) throws Exception {
    ServerSocket storage = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    DirectorConfig config = DirectorConfig.load(kitConfigWithStoragePort(configCopy, storage.getLocalPort()));
    Thread hangUp = Thread.ofVirtual().start(() -> {
      while (!storage.isClosed()) {
        try (Socket accepted = storage.accept()) {
          accepted.shutdownOutput(); // and closed: the Director's handshake fails
        } catch (IOException closed) {
          return;
        }
      }
    });
    JobEngineSettings settings = JobEngineSettings.of(config);
    settings = settings.withConnect(
        settings.connect().withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)));
    try (storage;
        DirectorDaemon engineDirector = DirectorDaemon.start(config, DirectorDaemon.Options.defaults()
            .withCatalog(catalog)
            .withJobRunner(new EngineJobRunner(new JobEngine(config, catalog, settings)))
            .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
            .withListen(new InetSocketAddress("127.0.0.1", 0)));
        ConsoleClient console = ConsoleClient.login(engineDirector.port())) {
      List<String> queued = console.text("restore jobid=1 client=bareos-fd all done yes");
      String last = queued.getLast();
      assertThat(last).startsWith("Job queued. JobId=");
      String jobId = last.substring("Job queued. JobId=".length()).trim();
      assertThat(console.text("wait")).contains("You have messages.\n");
      String messages = String.join("", console.text("messages"));
      assertThat(messages)
          .containsPattern("\\d\\d-[A-Z][a-z]{2} \\d\\d:\\d\\d bareos-dir JobId " + jobId
              + ": Start Restore Job RestoreFiles\\.")
          .contains("bareos-dir JobId " + jobId + ": Fatal error: ")
          .contains("Termination:");
      List<String> status = console.text("status director");
      assertThat(String.join("", status)).contains("Jobs: run=1,")
          .containsPattern("(?m)^ +" + jobId + " +0 +0 +Error .* RestoreFiles$");
    }
    hangUp.join(Duration.ofSeconds(10));
  }

  /** The kit's Director configuration copied to {@code directory}, its Storage resource's port changed. */
  private static Path kitConfigWithStoragePort(Path directory, int port) throws IOException {
    Path source = SharedData.conformance("config/bareos-dir.d");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = directory.resolve("bareos-dir.d").resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.writeString(copy, Files.readString(file).replace("Port = 19103", "Port = " + port));
        }
      }
    }
    return directory;
  }
}
