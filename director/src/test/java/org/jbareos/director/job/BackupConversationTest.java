package org.jbareos.director.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.catalog.CatalogSettings;
import org.jbareos.catalog.FileRecord;
import org.jbareos.catalog.JobMediaRecord;
import org.jbareos.catalog.JobRecord;
import org.jbareos.catalog.MediaRecord;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.testkit.KitConfig;
import org.jbareos.testkit.Transcript;
import org.jbareos.testkit.TranscriptMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job engine against a scripted SD and FD that replay the daemons' side of the conformance kit's backup-full,
 * backup-incremental and restore captures (DESIGN.md testing layer 2). Each Director frame must equal the recorded
 * one after {@link ScriptedDaemon#normalize}; afterwards the catalog must hold the rows Bareos wrote. The jobs run in
 * the kit's order on one embedded catalog, so JobIds and MediaIds are the recorded ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupConversationTest {
  /** Whole-second times (the default) cannot tell apart this class's jobs run within one second: keep sub-second. */
  private static final java.time.Clock SUB_SECOND = java.time.Clock.systemDefaultZone();

  private static final Transcript FULL = Transcript.conformance("backup-full.txt");
  private static final Transcript INCREMENTAL = Transcript.conformance("backup-incremental.txt");
  private static final Transcript RESTORE = Transcript.conformance("restore.txt");

  @TempDir
  static Path directory;
  private static CatalogDatabase catalog;
  private static ScriptedDaemon sd;
  private static ScriptedDaemon fd;
  private static JobEngine engine;

  @BeforeAll
  static void start() throws Exception {
    catalog = CatalogDatabase.open(new CatalogSettings.Embedded(directory.resolve("catalog"), 0));
    sd = ScriptedDaemon.storage();
    fd = ScriptedDaemon.client();
    DirectorConfig config = KitConfiguration.load(directory, fd.port(), sd.port());
    JobEngineSettings settings = JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND).withMessageTimeout(Duration.ofSeconds(30));
    settings = settings.withConnect(settings.connect().withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO)));
    engine = new JobEngine(config, catalog, settings);
  }

  @AfterAll
  static void stop() throws Exception {
    sd.close();
    fd.close();
    catalog.close();
  }

  @Test
  @Order(1)
  void fullBackupHasTheRecordedConversationAndCatalogRows() throws Exception {
    ScriptedDaemon.Script storage = sd.play(FULL.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.play(FULL.connectionBetween("dir", "fd"));

    JobResult result = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL)).await(Duration.ofSeconds(60));

    assertThat(storage.await().mismatches).as("dir->sd frames").isEmpty();
    assertThat(client.await().mismatches).as("dir->fd frames").isEmpty();
    assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
    assertThat(result.jobId()).isEqualTo(1);

    JobRecord job = catalog.jobs().findById(1).orElseThrow();
    assertThat(job.jobStatus()).isEqualTo(JobStatus.TERMINATED);
    assertThat(job.level()).isEqualTo(JobLevel.FULL);
    assertThat(job.jobFiles()).isEqualTo(11);
    assertThat(job.jobBytes()).isEqualTo(307276);
    assertThat(job.readBytes()).isEqualTo(307276);
    assertThat(job.volSessionId()).isEqualTo(1);
    assertThat(job.volSessionTime()).isEqualTo(1795313292L);
    assertThat(job.job()).matches("backup-bareos-fd\\.\\d{4}-\\d\\d-\\d\\d_\\d\\d\\.\\d\\d\\.\\d\\d_\\d\\d");

    List<FileRecord> files = catalog.files().listForJob(1);
    assertThat(files).hasSize(11);
    FileRecord random = files.stream().filter(f -> f.name().equals("random.bin")).findFirst().orElseThrow();
    assertThat(random.path()).isEqualTo("/srv/bareos-test/data/");
    assertThat(random.fileIndex()).isEqualTo(4);
    assertThat(random.md5()).as("md5 a6f47a10... in standard base64").isEqualTo("pvR6ELIIc2FQcQ5cl67aCQ");
    assertThat(random.lstat()).isEqualTo("P4A F8df IGk B A A A BLAA BAA JY BrAk53 BeDV2l BrAk53 A A C");
    FileRecord docs = files.stream().filter(f -> f.fileIndex() == 8).findFirst().orElseThrow();
    assertThat(docs.path()).isEqualTo("/srv/bareos-test/data/docs/");
    assertThat(docs.name()).isEmpty();
    assertThat(docs.md5()).isEqualTo("0");
    assertThat(files).anySatisfy(f -> assertThat(f.name()).isEqualTo("gr\u00fc\u00dfe-\u65e5\u672c.txt"));

    MediaRecord volume = catalog.media().findByName("Full-0001").orElseThrow();
    assertThat(volume.mediaId()).isEqualTo(1);
    assertThat(volume.volStatus()).isEqualTo("Used");
    assertThat(volume.volJobs()).isEqualTo(1);
    assertThat(volume.volBytes()).isEqualTo(309445);
    assertThat(volume.endBlock()).isEqualTo(309444);

    List<JobMediaRecord> jobMedia = catalog.jobMedia().listForJob(1);
    assertThat(jobMedia).singleElement().satisfies(jm -> {
      assertThat(jm.firstIndex()).isEqualTo(1);
      assertThat(jm.lastIndex()).isEqualTo(11);
      assertThat(jm.startBlock()).isEqualTo(205);
      assertThat(jm.endBlock()).isEqualTo(309444);
    });

    List<String> log = catalog.log().listForJob(1).stream().map(l -> l.logText()).toList();
    assertThat(log).contains("bareos-dir JobId 1: Created new Volume \"Full-0001\" in catalog.\n",
        "bareos-dir JobId 1: Max Volume jobs=1 exceeded. Marking Volume \"Full-0001\" as Used.\n",
        "bareos-sd JobId 1: Releasing device \"FileStorage\" (/srv/bareos-test/storage).\n");
    String summary = log.getLast();
    assertThat(summary).contains("  JobId:                  1\n", "  Backup Level:           Full\n",
        "  FD Files Written:       11\n", "  FD Bytes Read:          307,276 (307.2 KB)\n",
        "  SD Bytes Written:       308,506 (308.5 KB)\n", "  Volume name(s):         Full-0001\n",
        "  Last Volume Bytes:      309,445 (309.4 KB)\n", "  Pool:                   \"Full\" (From Job FullPool override)\n",
        "  FD termination status:  OK\n", "  Termination:            Backup OK\n");

    assertThat(catalog.clients().findByName("bareos-fd").orElseThrow().uname())
        .as("the FD's 2000 OK Job line").isEqualTo("26.0.0~pre1298.eda204c31 (21Aug26) Debian GNU/Linux 12 (bookworm),debian");

    String bootstrap = Files.readString(directory.resolve("bareos-fd.bsr"));
    assertThat(bootstrap).startsWith("# ").contains(" - " + job.job() + " - Full\n");
    assertThat(bootstrap).endsWith("Volume=\"Full-0001\"\nMediaType=\"File\"\nVolSessionId=1\n"
        + "VolSessionTime=1795313292\nVolAddr=205-309444\nFileIndex=1-11\n");
  }

  @Test
  @Order(2)
  void incrementalBackupSendsTheSinceTimeOfTheFullAndAnswersBtime() throws Exception {
    // JobTDate counts seconds, as Bareos's does: a job based on the Full must start in a later second
    long fullSecond = catalog.jobs().findById(1).orElseThrow().jobTDate();
    while (System.currentTimeMillis() / 1000 <= fullSecond) {
      Thread.sleep(20);
    }
    ScriptedDaemon.Script storage = sd.play(INCREMENTAL.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.play(INCREMENTAL.connectionBetween("dir", "fd"));

    JobResult result = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.INCREMENTAL))
        .await(Duration.ofSeconds(60));

    assertThat(storage.await().mismatches).as("dir->sd frames").isEmpty();
    assertThat(client.await().mismatches).as("dir->fd frames").isEmpty();
    assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
    JobRecord full = catalog.jobs().findById(1).orElseThrow();
    long fullStart = full.startTime().atZone(java.time.ZoneId.systemDefault()).toEpochSecond();
    assertThat(client.received).contains("level = since_utime " + fullStart + " mtime_only=0 prev_job=" + full.job()
        + "\n");
    assertThat(client.received.stream().filter(f -> f.startsWith("btime "))).hasSize(10);

    JobRecord job = catalog.jobs().findById(2).orElseThrow();
    assertThat(job.level()).isEqualTo(JobLevel.INCREMENTAL);
    assertThat(job.jobFiles()).isEqualTo(3);
    assertThat(catalog.files().listForJob(2)).extracting(FileRecord::name)
        .containsExactlyInAnyOrder("new-after-full.txt", "b.txt", "");
    assertThat(catalog.media().findByName("Incr-0002").orElseThrow().volStatus()).isEqualTo("Used");
    assertThat(result.log().getLast()).contains("  Backup Level:           Incremental, since=");
  }

  @Test
  @Order(3)
  void restoreOfTheFullSendsTheRecordedBootstrap() throws Exception {
    ScriptedDaemon.Script storage = sd.play(RESTORE.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.play(RESTORE.connectionBetween("dir", "fd"));

    JobResult result = engine.start(JobRequest.Restore.ofJobs("RestoreFiles", List.of(1L)))
        .await(Duration.ofSeconds(60));

    assertThat(storage.await().mismatches).as("dir->sd frames").isEmpty();
    assertThat(client.await().mismatches).as("dir->fd frames").isEmpty();
    assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
    assertThat(result.jobId()).isEqualTo(3);
    JobRecord job = catalog.jobs().findById(3).orElseThrow();
    assertThat(job.jobStatus()).isEqualTo(JobStatus.TERMINATED);
    assertThat(job.jobFiles()).isEqualTo(11);
    assertThat(result.log().getLast()).contains("  Files Expected:         11\n", "  Files Restored:         11\n",
        "  Termination:            Restore OK\n");
  }

  @Test
  @Order(4)
  void theBootstrapOfARestoreSelectionCoversEachJobsVolumeAndTheLatestVersions() throws Exception {
    List<org.jbareos.catalog.RestoreFile> latest = catalog.restore().latestVersions(List.of(1L, 2L));

    List<String> lines = new BootstrapBuilder(catalog).build(List.of(1L, 2L), latest, "File", "FileStorage").lines();

    JobMediaRecord incremental = catalog.jobMedia().listForJob(2).getFirst();
    assertThat(lines).containsExactly(
        "Storage=\"File\"\n", "Volume=\"Full-0001\"\n", "MediaType=\"File\"\n", "Device=\"FileStorage\"\n",
        "VolSessionId=1\n", "VolSessionTime=1795313292\n", "VolAddr=205-309444\n", "FileIndex=1-4\n",
        "FileIndex=6-10\n", "Count=9\n",
        "Storage=\"File\"\n", "Volume=\"Incr-0002\"\n", "MediaType=\"File\"\n", "Device=\"FileStorage\"\n",
        "VolSessionId=2\n", "VolSessionTime=1795313292\n",
        "VolAddr=" + incremental.startBlock() + "-" + incremental.endBlock() + "\n", "FileIndex=1-3\n", "Count=3\n");
  }

  @Test
  @Order(5)
  void aFileDaemonThatVanishesMidBackupFailsTheJobAndTheNextJobRuns() throws Exception {
    List<TranscriptMessage> fdConnection = FULL.connectionBetween("dir", "fd");
    int endJob = indexOf(fdConnection, "2800 End Job");
    ScriptedDaemon.Script storage = sd.playLeniently(FULL.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.playAndVanish(fdConnection, endJob);

    JobResult failed = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(Duration.ofSeconds(60));
    client.await();
    storage.await();

    assertThat(failed.status()).isEqualTo(JobStatus.FATAL_ERROR);
    assertThat(failed.log()).anySatisfy(line -> assertThat(line)
        .startsWith("bareos-dir JobId " + failed.jobId() + ": Fatal error: Network error with FD"));
    assertThat(failed.log().getLast()).contains("  Termination:            *** Backup Error ***\n");
    assertThat(catalog.jobs().findById(failed.jobId()).orElseThrow().jobStatus()).isEqualTo(JobStatus.FATAL_ERROR);
    assertThat(catalog.files().countForJob(failed.jobId())).as("no file rows of the failed job").isZero();

    sd.playLeniently(FULL.connectionBetween("dir", "sd"));
    fd.playLeniently(FULL.connectionBetween("dir", "fd"));
    JobResult next = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(Duration.ofSeconds(60));
    assertThat(next.status()).as(String.join("", next.log())).isEqualTo(JobStatus.TERMINATED);
    assertThat(catalog.files().countForJob(next.jobId())).isEqualTo(11);
  }

  @Test
  @Order(6)
  void aStorageDaemonThatVanishesMidBackupFailsTheJobWithoutFileRows() throws Exception {
    List<TranscriptMessage> sdConnection = FULL.connectionBetween("dir", "sd");
    int lastJobMedia = indexOf(sdConnection, "CatReq Job=backup-bareos-fd.2026-11-22_02.09.08_03 CreateJobMedia"
        + " FirstIndex=1");
    ScriptedDaemon.Script storage = sd.playAndVanish(sdConnection, lastJobMedia);
    ScriptedDaemon.Script client = fd.playLeniently(FULL.connectionBetween("dir", "fd"));

    JobResult failed = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(Duration.ofSeconds(60));
    storage.await();
    client.await();

    assertThat(failed.status()).isEqualTo(JobStatus.FATAL_ERROR);
    assertThat(failed.log()).anySatisfy(line -> assertThat(line)
        .startsWith("bareos-dir JobId " + failed.jobId() + ": Fatal error: Director's comm line to SD dropped"));
    assertThat(catalog.files().countForJob(failed.jobId())).as("the UpdCat records were not committed").isZero();
    assertThat(catalog.jobs().findById(failed.jobId()).orElseThrow().jobStatus()).isEqualTo(JobStatus.FATAL_ERROR);
  }

  @Test
  @Order(7)
  void aStorageDaemonThatRefusesOurPasswordFailsTheJobAtOnce() throws Exception {
    try (ScriptedDaemon refusing = ScriptedDaemon.storage("another-secret")) {
      DirectorConfig config = KitConfiguration.load(directory.resolve("refusing"), fd.port(), refusing.port());
      JobEngine other = new JobEngine(config, catalog, JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND)
          .withConnect(JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND).connect()
              .withCram(CramSettings.DEFAULT.withFailureDelay(Duration.ZERO))));

      JobResult failed = other.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
          .await(Duration.ofSeconds(60));

      assertThat(failed.status()).isEqualTo(JobStatus.FATAL_ERROR);
      assertThat(failed.log()).anySatisfy(line -> assertThat(line)
          .startsWith("bareos-dir JobId " + failed.jobId() + ": Fatal error: Failed to connect to Storage daemon File"
              + " at 127.0.0.1:" + refusing.port()));
      assertThat(catalog.jobs().findById(failed.jobId()).orElseThrow().jobStatus()).isEqualTo(JobStatus.FATAL_ERROR);
    }
  }

  @Test
  @Order(8)
  void theConsoleRunsBackupsThroughTheJobRunner() throws Exception {
    sd.playLeniently(FULL.connectionBetween("dir", "sd"));
    fd.playLeniently(FULL.connectionBetween("dir", "fd"));
    EngineJobRunner runner = new EngineJobRunner(engine);

    long jobId = runner.run(new org.jbareos.director.console.RunRequest("backup-bareos-fd",
        java.util.Optional.of("Full"), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty()));

    assertThat(jobId).isPositive();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (runner.isRunning(jobId) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(runner.anyRunning()).isFalse();
    assertThat(runner.finalStatus(jobId)).contains(JobStatus.TERMINATED);
    assertThat(runner.run(new org.jbareos.director.console.RunRequest("no-such-job", java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.empty()))).isZero();
  }

  @Test
  @Order(9)
  void aCatalogErrorWhileServingTheStorageDaemonFailsTheJobAndLeavesNoFileRows() throws Exception {
    Path copy = KitConfiguration.copy(directory.resolve("catalog-error"), fd.port(), sd.port());
    Files.writeString(copy.resolve("bareos-dir.d/pool/Dated.conf"), "Pool {\n  Name = Dated\n  Pool Type = Backup\n"
        + "  Label Format = \"Dated-${Year}-\"\n  Storage = File\n}\n");
    KitConfig.rewrite(copy.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "Full Backup Pool = Full",
        "Full Backup Pool = Dated");
    JobEngine other = new JobEngine(DirectorConfig.load(copy), catalog, JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND)
        .withMessageTimeout(Duration.ofSeconds(30)));
    ScriptedDaemon.Script storage =
        sd.playLeniently(replaced(FULL.connectionBetween("dir", "sd"), "pool_name=Full ", "pool_name=Dated "));
    fd.playLeniently(FULL.connectionBetween("dir", "fd"));

    JobResult failed = other.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(Duration.ofSeconds(60));
    storage.await();

    assertThat(storage.received).as("the SD is told there is no volume").contains("1901 No Media.\n");
    assertThat(failed.status()).isEqualTo(JobStatus.FATAL_ERROR);
    assertThat(failed.log()).anySatisfy(line -> assertThat(line).contains("Fatal error: Catalog error answering the"
        + " Storage daemon's FindMediaRequest: Label Format \"Dated-${Year}-\" needs variable expansion"));
    assertThat(catalog.files().countForJob(failed.jobId())).isZero();
    assertThat(catalog.jobs().findById(failed.jobId()).orElseThrow().jobStatus()).isEqualTo(JobStatus.FATAL_ERROR);
  }

  @Test
  @Order(10)
  void aFileDaemonThatVanishesMidRestoreFailsTheRestore() throws Exception {
    List<TranscriptMessage> fdConnection = RESTORE.connectionBetween("dir", "fd");
    sd.playLeniently(RESTORE.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.playAndVanish(fdConnection, indexOf(fdConnection, "2000 OK storage end"));

    JobResult failed = engine.start(JobRequest.Restore.ofJobs("RestoreFiles", List.of(1L)))
        .await(Duration.ofSeconds(60));
    client.await();

    assertThat(failed.status()).isEqualTo(JobStatus.FATAL_ERROR);
    assertThat(failed.log()).anySatisfy(line -> assertThat(line)
        .startsWith("bareos-dir JobId " + failed.jobId() + ": Fatal error: Network error with FD"));
    assertThat(failed.log().getLast()).contains("  Termination:            *** Restore Error ***\n");
  }

  @Test
  @Order(11)
  void theJobLogWritesOnlyTheTypesTheMessagesResourceSendsToTheCatalog() throws Exception {
    DirectorConfig config = KitConfiguration.load(directory.resolve("messages"), fd.port(), sd.port());
    org.jbareos.config.value.MessageDestination standard =
        config.messages("Standard").orElseThrow().destinations("catalog").getFirst();
    JobLog log = new JobLog(catalog, java.time.Clock.systemDefaultZone(), "bareos-dir", 1, standard::accepts);

    log.daemon(new org.jbareos.protocol.JobMessage("j", org.jbareos.protocol.JobMessage.M_SAVED, 0,
        "bareos-fd JobId 1: saved /etc/hosts\n"));
    log.daemon(new org.jbareos.protocol.JobMessage("j", org.jbareos.protocol.JobMessage.M_WARNING, 0,
        "bareos-fd JobId 1: Warning: /etc/shadow changed\n"));

    List<String> rows = catalog.log().listForJob(1).stream().map(l -> l.logText()).toList();
    assertThat(rows).contains("bareos-fd JobId 1: Warning: /etc/shadow changed\n")
        .doesNotContain("bareos-fd JobId 1: saved /etc/hosts\n");
    assertThat(log.lines()).hasSize(2);
  }

  @Test
  @Order(12)
  void twoBackupsRunAtTheSameTime() throws Exception {
    for (int i = 0; i < 2; i++) {
      sd.playLeniently(FULL.connectionBetween("dir", "sd"));
      fd.playLeniently(FULL.connectionBetween("dir", "fd"));
    }

    RunningJob first = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL));
    RunningJob second = engine.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL));

    assertThat(first.job()).isNotEqualTo(second.job());
    for (RunningJob job : List.of(first, second)) {
      JobResult result = job.await(Duration.ofSeconds(60));
      assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
      assertThat(catalog.files().countForJob(job.jobId())).isEqualTo(11);
    }
    assertThat(engine.runningJobs()).isEmpty();
  }

  @Test
  @Order(13)
  void anAccurateIncrementalSendsTheLatestVersionsOfItsFullAndIncrementals() throws Exception {
    Path copy = KitConfiguration.copy(directory.resolve("accurate"), fd.port(), sd.port());
    KitConfig.rewrite(copy.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "Priority = 10",
        "Priority = 10\n  Accurate = yes");
    DirectorConfig config = DirectorConfig.load(copy);
    org.jbareos.config.dir.JobResource job = config.job("backup-bareos-fd").orElseThrow();
    JobContext context = new JobContext(JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND), config, catalog, job, 0, "accurate",
        java.time.LocalDateTime.now(), new JobLog(catalog, java.time.Clock.systemDefaultZone(), "bareos-dir", 0,
            type -> false), "User");
    JobRecord full = catalog.jobs().findById(1).orElseThrow();
    JobRecord incremental = catalog.jobs().findById(2).orElseThrow();
    java.time.LocalDateTime beforeLaterJobs = incremental.startTime().plusNanos(1000);

    // Start times have second resolution: a later test's backup may have started in JobId 2's second. They are
    // moved a day on while the list is built, so that only JobIds 1 and 2 are before the bound.
    AccurateList list;
    shiftLaterBackups(+1);
    try {
      list = AccurateList.of(catalog, context,
          JobResources.resolve(config, job, JobLevel.INCREMENTAL, ResourceOverrides.NONE), JobLevel.INCREMENTAL,
          full.clientId(), full.fileSetId(), beforeLaterJobs).orElseThrow();
    } finally {
      shiftLaterBackups(-1);
    }

    assertThat(list.jobIds()).containsExactly(1L, 2L);
    assertThat(list.command().wireText()).isEqualTo("accurate files=14\n");
    List<org.jbareos.protocol.dirfd.AccurateEntry> entries = new java.util.ArrayList<>();
    assertThat(list.forEachEntry(catalog, entries::add)).as("no deleted files to leave out")
        .isEqualTo(new AccurateList.Sent(12, 0));
    assertThat(entries).hasSize(12);
    FileRecord changed = catalog.files().listForJob(2).stream().filter(f -> f.name().equals("b.txt")).findFirst()
        .orElseThrow();
    assertThat(entries).filteredOn(e -> e.fileName().equals("/srv/bareos-test/data/docs/b.txt"))
        .singleElement().satisfies(e -> {
          assertThat(e.lstat()).isEqualTo(changed.lstat());
          assertThat(e.checksum()).as("TestSet compares no checksums").isEmpty();
          assertThat(new String(e.toWire(), java.nio.charset.StandardCharsets.UTF_8))
              .isEqualTo("/srv/bareos-test/data/docs/b.txt\0" + changed.lstat() + "\0\0" + "0");
        });
    assertThat(AccurateList.of(catalog, context,
        JobResources.resolve(config, job, JobLevel.FULL, ResourceOverrides.NONE), JobLevel.FULL, full.clientId(),
        full.fileSetId(), beforeLaterJobs)).isEmpty();
  }

  /** Moves the backups after JobId 2 {@code days} days (start time and JobTDate). */
  private static void shiftLaterBackups(int days) throws java.sql.SQLException {
    try (java.sql.Connection c = catalog.dataSource().getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE job SET starttime = starttime + interval '" + days + " day', jobtdate = jobtdate + "
          + days * 86400 + " WHERE jobid > 2 AND type = 'B'");
    }
  }

  @Test
  @Order(14)
  void aClientRunBeforeJobIsSentAfterTheSecureEraseQueryFollowedByRunBeforeNow() throws Exception {
    Path copy = KitConfiguration.copy(directory.resolve("runscript"), fd.port(), sd.port());
    KitConfig.rewrite(copy.resolve("bareos-dir.d/job/backup-bareos-fd.conf"), "Priority = 10",
        "Priority = 10\n  Client Run Before Job = \"/bin/true before\"");
    JobEngine other = new JobEngine(DirectorConfig.load(copy), catalog, JobEngineSettings.of("bareos-dir").withClock(SUB_SECOND)
        .withMessageTimeout(Duration.ofSeconds(30)));
    List<TranscriptMessage> recorded = FULL.connectionBetween("dir", "fd");
    int afterErase = indexOf(recorded, "2000 OK FDSecureEraseCmd") + 1;
    List<TranscriptMessage> withScript = new java.util.ArrayList<>(recorded.subList(0, afterErase));
    withScript.add(text(recorded.get(0), "dir", "fd",
        "Run OnSuccess=1 OnFailure=0 AbortOnError=1 When=2 Command=/bin/true\u0001before\n"));
    withScript.add(text(recorded.get(0), "fd", "dir", "2000 OK RunScript\n"));
    withScript.add(text(recorded.get(0), "dir", "fd", "RunBeforeNow\n"));
    withScript.add(text(recorded.get(0), "fd", "dir", "2000 OK RunBeforeNow\n"));
    withScript.addAll(recorded.subList(afterErase, recorded.size()));
    sd.playLeniently(FULL.connectionBetween("dir", "sd"));
    ScriptedDaemon.Script client = fd.playLeniently(withScript);

    JobResult result = other.start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL))
        .await(Duration.ofSeconds(60));
    client.await();

    assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
    List<String> sent = client.received;
    int erase = sent.indexOf("getSecureEraseCmd\n");
    assertThat(sent.subList(erase, erase + 4)).containsExactly("getSecureEraseCmd\n",
        "Run OnSuccess=1 OnFailure=0 AbortOnError=1 When=2 Command=/bin/true\u0001before\n", "RunBeforeNow\n",
        sent.get(erase + 3));
    assertThat(sent.get(erase + 3)).startsWith("storage address=127.0.0.1 port=" + sd.port() + " ssl=0");
  }

  /** A text frame like {@code like}, from {@code sender} to {@code receiver}. */
  private static TranscriptMessage text(TranscriptMessage like, String sender, String receiver, String text) {
    byte[] payload = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return new TranscriptMessage(like.seconds(), like.connection(), sender, receiver, payload.length, payload, true);
  }

  /** The recorded connection with {@code from} replaced by {@code to} in the SD's text frames. */
  private static List<TranscriptMessage> replaced(List<TranscriptMessage> messages, String from, String to) {
    return messages.stream().map(m -> {
      if (m.isSignal() || !m.isFrom("sd", "dir") || !m.latin1().contains(from)) {
        return m;
      }
      byte[] payload = m.latin1().replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      return new TranscriptMessage(m.seconds(), m.connection(), m.sender(), m.receiver(), payload.length, payload,
          true);
    }).toList();
  }

  private static int indexOf(List<TranscriptMessage> messages, String prefix) {
    for (int i = 0; i < messages.size(); i++) {
      if (!messages.get(i).isSignal() && messages.get(i).latin1().startsWith(prefix)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no message starts with " + prefix);
  }
}
