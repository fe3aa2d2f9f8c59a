package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jbareos.director.console.JobRunner;
import org.jbareos.director.console.RunRequest;
import org.jbareos.director.console.RunningJob;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.auth.TwoWayAuthentication;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands and forms the recordings do not show, checked against the shapes of {@code dird/ua_output.cc},
 * {@code cats/sql_list.cc} and {@code dird/ua_dotcmds.cc} on the recording's catalog.
 */
class ConsoleCommandsTest {
  private DirectorDaemon director;

  @BeforeEach
  void startDirector() throws Exception {
    director = KitConsoleDirector.start(KitConsoleDirector.options(SharedRecordedCatalog.get()));
  }

  @AfterEach
  void stopDirector() throws IOException {
    director.close();
  }

  @Test
  void listFormsInJson() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      console.apiJson();
      JsonNode clients = console.json("list clients").get("result").get("clients");
      assertThat(clients).hasSize(1);
      assertThat(clients.get(0).properties()).extracting(e -> e.getKey())
          .containsExactly("clientid", "name", "fileretention", "jobretention");
      assertThat(clients.get(0).get("name").asText()).isEqualTo("bareos-fd");

      JsonNode job = console.json("list jobid=2").get("result").get("jobs");
      assertThat(job).hasSize(1);
      assertThat(job.get(0).get("level").asText()).isEqualTo("I");

      JsonNode pools = console.json("llist pools").get("result").get("pools");
      assertThat(pools.get(0).properties()).extracting(e -> e.getKey()).startsWith("poolid", "name", "numvols",
          "maxvols", "useonce", "usecatalog").endsWith("scratchpoolid", "recyclepoolid", "labeltype");

      assertThat(console.json("list jobmedia").get("result").get("jobmedia")).isEmpty();
      assertThat(console.json("list joblog jobid=1").get("result").get("joblog").get(0).get("logtext").asText())
          .startsWith("bareos-dir JobId 1: Start Backup");
      assertThat(console.json("list joblog jobid=2").get("result").get("joblog")).isEmpty();
      assertThat(console.json("list volumes pool=Full").get("result").get("volumes"))
          .extracting(v -> v.get("volumename").asText()).containsExactly("Full-0001");
      assertThat(console.json("list files jobid=1").get("result").get("filenames")).hasSize(11);

      JsonNode error = console.json("list nothing").get("error");
      assertThat(error.get("data").get("messages").get("error").get(0).asText())
          .isEqualTo("Unknown list keyword: nothing\n");
    }
  }

  @Test
  void jobSelectionsAndRanges() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      console.apiJson();
      JsonNode page = console.json("list jobs limit=2 offset=1").get("result");
      assertThat(page.get("jobs")).extracting(j -> j.get("jobid").asText()).containsExactly("7", "2");
      assertThat(page.get("meta").toString()).isEqualTo("{\"range\":{\"limit\":2,\"offset\":1,\"filtered\":0}}");
      assertThat(console.json("list jobs jobtype=c reverse").get("result").get("jobs"))
          .extracting(j -> j.get("jobid").asText()).containsExactly("6", "5");
      assertThat(console.json("list jobs job=RestoreFiles client=bareos-fd jobstatus=T,E").get("result")
          .get("jobs")).extracting(j -> j.get("jobid").asText()).containsExactly("3");
      assertThat(console.json("list jobs pool=Copy").get("result").get("jobs"))
          .extracting(j -> j.get("jobid").asText()).containsExactly("7", "6");
      assertThat(console.json("list jobid=99").get("result").toString()).isEqualTo("{\"jobs\":{}}");
      assertThat(console.json("list").get("error").get("data").get("messages").toString())
          .isEqualTo("{\"error\":[\"list command requires a keyword\\n\"]}");
    }
  }

  @Test
  void textListsAndEmptyResults() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.text("list jobmedia")).containsExactly("Automatically selected Catalog: MyCatalog\n",
          "Using Catalog \"MyCatalog\"\n", "No results to list.\n");
      assertThat(console.text("list clients")).hasSize(2);
      assertThat(console.text("list joblog jobid=1")).containsExactly(" 2026-11-22 02:09:08 bareos-dir JobId 1:"
          + " Start Backup JobId 1, Job=backup-bareos-fd.2026-11-22_02.09.08_03\n");
      assertThat(console.text("list volumes pool=Nope")).containsExactly("Pool Nope doesn't exist.\n");
      assertThat(String.join("", console.text("list volumes pool=Copy"))).startsWith("+---------+")
          .contains("| Copy-0003  |").doesNotContain("Pool:");
      assertThat(String.join("", console.text("llist jobs jobid=1"))).contains("           jobid: 1\n",
          "        jobbytes: 307,276\n", "        poolname: Full\n");
      assertThat(console.text("list files jobid=1")).hasSize(11).allMatch(line -> line.startsWith(" /")
          && line.endsWith("\n")).isNotEmpty();
    }
  }

  @Test
  void dotCommandsShowAndVersion() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.text(".jobs")).containsExactly("verify-volume\n", "copy-full\n", "backup-bareos-fd\n",
          "RestoreFiles\n");
      assertThat(console.text(".clients")).containsExactly("bareos-fd\n");
      assertThat(console.text("show client")).containsExactly("Client {\n  Name = \"bareos-fd\"\n"
          + "  Address = \"127.0.0.1\"\n  Port = 19102\n  Password = \"[md5]6cf9aa1126e81141ba4a404bf837c2e4\"\n"
          + "  TlsEnable = No\n  TlsRequire = No\n}\n\n");
      assertThat(console.text("ver")).singleElement().asString().startsWith("bareos-dir Version: 26.0.0 (jbareos");
      console.apiJson();
      JsonNode pools = console.json(".pools").get("result").get("pools");
      assertThat(pools.get(0).properties()).extracting(e -> e.getKey()).containsExactly("name");
      JsonNode version = console.json("version").get("result").get("version");
      assertThat(version.get("version").asText()).isEqualTo("26.0.0");
      assertThat(version.get("bdate").asText()).isEqualTo("jbareos 0.1.0");
    }
  }

  @Test
  void messagesAutodisplayAndTheUnknown() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.text("messages")).containsExactly("You have no messages.\n");
      director.consoleMessages().add("first line\nsecond line\n");
      assertThat(console.text("")).containsExactly("You have messages.\n");
      assertThat(console.text("version")).hasSize(1);
      assertThat(console.text(".messages")).isEmpty();
      assertThat(console.text("messages")).containsExactly("first line\n", "second line\n");
      assertThat(console.text("autodisplay on")).isEmpty();
      director.consoleMessages().add("shown at once\n");
      assertThat(console.text("version")).hasSize(2).last().isEqualTo("shown at once\n");
      assertThat(console.text("foo")).containsExactly("foo: is an invalid command.\n");
      // the kit's only Client is chosen; this Director has no job engine to reach it (DoNativeClientStatus)
      assertThat(console.text("status client")).containsExactly("Automatically selected Client: bareos-fd\n",
          "Connecting to Client bareos-fd at 127.0.0.1:19102\n", "\nFailed to connect to Client bareos-fd.\n====\n");
      assertThat(console.text("status scheduler")).singleElement().asString()
          .isEqualTo("status scheduler: this status is not available in jbareos yet.\n");
      assertThat(console.text("label")).containsExactly("Automatically selected Catalog: MyCatalog\n",
          "Using Catalog \"MyCatalog\"\n", "Name the Storage with storage=<name>: jbareos does not prompt for a selection.\n");
      assertThat(console.text("relabel")).singleElement().asString()
          .isEqualTo("relabel: this command is not available in jbareos yet.\n");
      assertThat(console.text("autodisplay off")).isEmpty();
      console.apiJson();
      director.consoleMessages().add("raw even in JSON mode\n");
      assertThat(console.frames("messages")).containsExactly("BNET_CMD_BEGIN", "raw even in JSON mode\n",
          "BNET_CMD_OK", "{\"jsonrpc\":\"2.0\",\"id\":null,\"result\":{}}");
    }
  }

  @Test
  void statusDirectorShowsTheEnginesRunningJobs() throws Exception {
    RunningJob running = new RunningJob(8, "backup-bareos-fd.2026-11-22_03.00.00_04", JobType.BACKUP,
        JobLevel.INCREMENTAL, JobStatus.WAIT_FD, Optional.of("bareos-fd"), Optional.of("File"),
        LocalDateTime.of(2026, 11, 22, 3, 0, 1), 0, 0);
    JobRunner engine = new JobRunner() {
      @Override
      public long run(RunRequest request) {
        return 0;
      }

      @Override
      public boolean isRunning(long jobId) {
        return jobId == 8;
      }

      @Override
      public boolean anyRunning() {
        return true;
      }

      @Override
      public Optional<JobStatus> finalStatus(long jobId) {
        return Optional.empty();
      }

      @Override
      public List<RunningJob> runningJobs() {
        return List.of(running);
      }
    };
    try (DirectorDaemon busy = KitConsoleDirector.start(
            KitConsoleDirector.options(SharedRecordedCatalog.get()).withJobRunner(engine));
        ConsoleClient console = ConsoleClient.login(busy.port())) {
      List<String> status = console.text("status dir");
      assertThat(status.get(1)).contains("Jobs: run=0, running=1 db:postgresql");
      assertThat(status).containsSubsequence("\nRunning Jobs:\n", "Console connected at 22-Nov-26 03:00\n",
          " JobId Level   Name                       Status\n",
          "======================================================================\n",
          "     8 Increme  backup-bareos-fd.2026-11-22_03.00.00_04 is waiting on Client bareos-fd\n", "====\n",
          "No Terminated Jobs.\n");
      console.apiJson();
      JsonNode json = console.json("status director").get("result");
      assertThat(json.get("header").get("jobs_running").asInt()).isEqualTo(1);
      assertThat(json.get("running").toString()).isEqualTo("[{\"jobid\":8,"
          + "\"name\":\"backup-bareos-fd.2026-11-22_03.00.00_04\",\"level\":\"Increme\",\"type\":\"Backup\","
          + "\"status\":\"is waiting on Client bareos-fd\",\"start_time\":\"22-Nov-26 03:00\",\"files\":0,"
          + "\"bytes\":0}]");
      assertThat(json.get("terminated")).isEmpty();
    }
  }

  @Test
  void closeStopsListeningAndReleasesAwaitClose() throws Exception {
    int port = director.port();
    Thread waiter = Thread.ofVirtual().start(() -> {
      try {
        director.awaitClose();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    director.close();
    waiter.join(Duration.ofSeconds(10));
    assertThat(waiter.isAlive()).isFalse();
    assertThatThrownBy(() -> ConsoleClient.login(port)).isInstanceOf(IOException.class);
    director.close();
  }

  @Test
  void apiModeOneFramesTextWithCommandSignals() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      assertThat(console.frames(".api 1")).containsExactly("BNET_CMD_OK", "api: 1\n");
      assertThat(console.frames("version")).hasSize(3).startsWith("BNET_CMD_BEGIN").endsWith("BNET_CMD_OK");
      assertThat(console.frames("foo")).containsExactly("BNET_ERROR_MSG", "foo: is an invalid command.\n");
      assertThat(console.frames(".api 7")).containsExactly("BNET_CMD_BEGIN", "BNET_CMD_FAILED");
      assertThat(console.frames(".api off", Signal.EOD)).containsExactly("BNET_CMD_BEGIN", "api: 0\n");
    }
  }

  @Test
  void aNamedConsoleRunsOnlyWhatItsCommandAclAllows(@TempDir Path configDirectory) throws Exception {
    Files.writeString(configDirectory.resolve("bareos-dir.conf"), """
        Director { Name = acl-dir; Password = "dir-secret"; Working Directory = "/tmp"; Messages = M }
        Catalog { Name = C; DB Name = bareos; DB User = bareos }
        Messages { Name = M; console = all }
        Console { Name = limited; Password = "limited-secret"; Command ACL = version, !status; Profile = p
          TLS Enable = no }
        Profile { Name = p; Command ACL = *all* }
        Console { Name = nothing; Password = "nothing-secret"; TLS Enable = no }
        """);
    try (DirectorDaemon aclDirector = DirectorDaemon.start(configDirectory, DirectorDaemon.Options.defaults()
        .withCatalog(SharedRecordedCatalog.get()).withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
        .withListen(new InetSocketAddress("127.0.0.1", 0)))) {
      try (ConsoleClient limited = ConsoleClient.login(aclDirector.port(), "limited", "limited-secret")) {
        assertThat(limited.text("version")).singleElement().asString().startsWith("acl-dir Version:");
        assertThat(limited.text("status director")).containsExactly("status: is an invalid command.\n");
        assertThat(limited.text(".jobs")).isEmpty();
      }
      try (ConsoleClient nothing = ConsoleClient.login(aclDirector.port(), "nothing", "nothing-secret")) {
        assertThat(nothing.text("version")).containsExactly("version: is an invalid command.\n");
      }
    }
  }

  @Test
  void pamConsolesAreRefusedAndNamedConsolesCountAgainstTheLimit(@TempDir Path configDirectory) throws Exception {
    Files.writeString(configDirectory.resolve("bareos-dir.conf"), """
        Director { Name = lim-dir; Password = "dir-secret"; Working Directory = "/tmp"; Messages = M
          Maximum Console Connections = 1; TLS Enable = no }
        Catalog { Name = C; DB Name = bareos; DB User = bareos }
        Messages { Name = M; console = all }
        Console { Name = pam; Password = "pam-secret"; Use Pam Authentication = yes; TLS Enable = no }
        Console { Name = admin; Password = "admin-secret"; Command ACL = *all*; TLS Enable = no }
        """);
    try (DirectorDaemon limited = DirectorDaemon.start(configDirectory, DirectorDaemon.Options.defaults()
        .withCatalog(SharedRecordedCatalog.get()).withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))
        .withListen(new InetSocketAddress("127.0.0.1", 0)))) {
      try (BareosConnection pam = BareosConnection.connect("127.0.0.1", limited.port(), Duration.ofSeconds(10))) {
        pam.send(new Hello.Console("pam", Optional.of("26.0.0"), Optional.empty()).toBytes());
        new TwoWayAuthentication("R_CONSOLE::pam", CramKey.fromPassword("pam-secret"), 0,
            CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)).connect(pam);
        assertThat(((Packet.Message) pam.receive(Duration.ofSeconds(10))).text()).isEqualTo("1001\u001e");
        assertThatThrownBy(() -> pam.receive(Duration.ofSeconds(10))).isInstanceOf(IOException.class);
      }
      try (ConsoleClient first = ConsoleClient.login(limited.port())) {
        assertThatThrownBy(() -> ConsoleClient.login(limited.port(), "admin", "admin-secret"))
            .isInstanceOf(IOException.class);
        try (ConsoleClient secondDefault = ConsoleClient.login(limited.port())) {
          assertThat(secondDefault.text("version")).hasSize(1);
        }
        assertThat(first.text("version")).hasSize(1);
      }
      try (ConsoleClient admin = loginOnceTheOthersAreGone(limited.port(), "admin", "admin-secret")) {
        assertThat(admin.text("version")).hasSize(1);
      }
    }
  }

  /** The sessions that quit end on the Director's threads; a named console is let in once they have. */
  private static ConsoleClient loginOnceTheOthersAreGone(int port, String name, String password) throws Exception {
    for (int attempt = 1; ; attempt++) {
      try {
        return ConsoleClient.login(port, name, password);
      } catch (IOException stillCounted) {
        if (attempt == 50) {
          throw stillCounted;
        }
        Thread.sleep(20);
      }
    }
  }

  @Test
  void waitForAFinishedJobGivesItsCatalogStatus() throws IOException {
    try (ConsoleClient console = ConsoleClient.login(director.port())) {
      console.apiJson();
      JsonNode job = console.json("wait jobid=3").get("result").get("job");
      assertThat(job.get("jobid").asLong()).isEqualTo(3);
      assertThat(job.get("jobstatuslong").asText()).isEqualTo("Completed successfully");
      assertThat(job.get("jobstatus").asText()).isEqualTo("T");
      assertThat(job.get("exitstatus").asInt()).isZero();
      assertThat(console.json("wait jobid=x").get("error")).isNotNull();
    }
  }
}
