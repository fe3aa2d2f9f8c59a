package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.director.job.ResourceOverrides;
import org.jbareos.director.job.RunningJob;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three Full backups of three Clients started at once into the kit's {@code Full} pool on its one File device
 * ({@code Maximum Concurrent Jobs = 1}, {@code Maximum Volume Jobs = 1}): each job waits for the device as Bareos's
 * SD does, gets a volume of its own (labelled when new) and ends OK; each one restores its own data unchanged.
 */
class ConcurrentBackupsTest {
  private static final Duration DEADLINE = Duration.ofSeconds(90);
  private static final List<String> CLIENTS = List.of("bareos-fd", "second-fd", "third-fd");

  @TempDir Path directory;

  @Test
  void concurrentFullBackupsIntoOnePoolAllSucceedAndRestore() throws Exception {
    for (String client : CLIENTS) {
      Path data = Files.createDirectories(directory.resolve("data-" + client + "/sub"));
      Files.writeString(data.resolveSibling("own.txt"), "the data of " + client + "\n");
      Files.writeString(data.resolve("nested.txt"), "x".repeat(100_000) + client);
    }
    try (KitDaemons daemons = KitDaemons.start(directory, ConcurrentBackupsTest::addClientsAndJobs)) {
      List<RunningJob> running = new ArrayList<>();
      for (String client : CLIENTS) {
        running.add(daemons.engine().start(JobRequest.Backup.of("concurrent-" + client, JobLevel.FULL)));
      }
      List<JobResult> results = new ArrayList<>();
      for (RunningJob job : running) {
        results.add(job.await(DEADLINE));
      }
      for (JobResult result : results) {
        assertThat(result.status()).as(String.join("", result.log())).isEqualTo(JobStatus.TERMINATED);
        assertThat(result.jobFiles()).isEqualTo(4);
      }
      for (int i = 0; i < CLIENTS.size(); i++) {
        String client = CLIENTS.get(i);
        Path where = directory.resolve("restored-" + client);
        JobResult restore = daemons.engine().start(new JobRequest.Restore("RestoreFiles",
            List.of(results.get(i).jobId()), List.of(), Optional.of(where.toString()), Optional.empty(),
            ResourceOverrides.NONE, "User")).await(DEADLINE);
        assertThat(restore.status()).as(String.join("", restore.log())).isEqualTo(JobStatus.TERMINATED);
        Path source = directory.resolve("data-" + client);
        Path restored = where.resolve(source.toString().substring(1));
        assertThat(restored.resolve("own.txt")).hasSameTextualContentAs(source.resolve("own.txt"));
        assertThat(restored.resolve("sub/nested.txt")).hasSameTextualContentAs(source.resolve("sub/nested.txt"));
      }
    }
  }

  /** A Client, FileSet and Job per client name; all Clients are the one File Daemon of the kit. */
  private static void addClientsAndJobs(Path config) {
    try {
      writeClientsAndJobs(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeClientsAndJobs(Path config) throws IOException {
    Path d = config.resolve("bareos-dir.d");
    String fdPort = Files.readString(d.resolve("client/bareos-fd.conf")).replaceAll("(?s).*Port = (\\d+).*", "$1");
    StringBuilder resources = new StringBuilder();
    for (String client : CLIENTS) {
      String data = config.getParent().resolve("data-" + client).toString();
      if (!client.equals("bareos-fd")) {
        resources.append("Client {\n  Name = ").append(client).append("\n  Address = 127.0.0.1\n  Port = ")
            .append(fdPort).append("\n  Password = \"fd-secret\"\n  TLS Enable = no\n  TLS Require = no\n}\n");
      }
      resources.append("FileSet {\n  Name = \"Set-").append(client).append("\"\n  Include {\n    Options {\n"
          + "      Signature = MD5\n    }\n    File = \"").append(data).append("\"\n  }\n}\n");
      resources.append("Job {\n  Name = \"concurrent-").append(client).append("\"\n  Type = Backup\n  Level = Full\n"
          + "  Client = ").append(client).append("\n  FileSet = \"Set-").append(client).append("\"\n"
          + "  Storage = File\n  Pool = Full\n  Messages = Standard\n}\n");
    }
    Files.writeString(d.resolve("job/concurrent.conf"), resources.toString());
  }
}
