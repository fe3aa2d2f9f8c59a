package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status client=} and {@code status storage=} with the kit's real daemons ({@code dird/ua_status.cc}, {@code
 * filed/status.cc}, {@code stored/status.cc}): the Director connects, sends {@code status} and relays the daemon's
 * report frame by frame; in API 2 the relayed text is plain output and the result is empty, as in Bareos.
 */
class DaemonStatusEndToEndTest {
  private static final String SHORT_TIME = "\\d\\d-[A-Z][a-z]{2}-\\d\\d \\d\\d:\\d\\d";

  @Test
  void statusClientAndStorageRelayTheDaemonsReports(@TempDir Path root) throws Exception {
    try (KitDaemons kit = KitDaemons.start(root)) {
      try (ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
        // the first connection to the Client probes its protocol (dird/fd_cmds.cc OutputMessageForConnectionTry)
        assertThat(console.text("status client=bareos-fd").subList(1, 5)).containsExactly(
            "Probing client protocol... (result will be saved until config reload)", "\r\u000b Handshake: Cleartext,",
            " Encryption: None\n", "\n");
      }
      Files.createDirectories(kit.site().data());
      Files.writeString(kit.site().data().resolve("a.txt"), "alpha\n");
      JobResult backup = kit.engine().start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL)).await();
      assertThat(backup.status()).as(String.join("", backup.log())).isEqualTo(JobStatus.TERMINATED);

      try (ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
        console.text("messages"); // the backup's, read so that no "You have messages." follows the reports
        List<String> client = console.text("status client=bareos-fd");
        assertThat(client.get(0)).matches("Connecting to Client bareos-fd at 127\\.0\\.0\\.1:\\d+\n");
        // the backup's connection settled the Client's protocol: no probing line, no \r\v (ConnectToFileDaemon)
        assertThat(client.subList(1, 4)).containsExactly(" Handshake: Cleartext,", " Encryption: None\n", "\n");
        assertThat(client.get(4)).startsWith("bareos-fd Version: 26.0.0 (jbareos 0.1.0) ");
        assertThat(client.get(5)).matches("Daemon started " + SHORT_TIME + "\\. Jobs: run=1 running=0, jbareos binary\n");
        assertThat(client.subList(6, 10)).containsExactly(
            " Sizeof: boffset_t=8 size_t=8 debug=0 trace=0 bwlimit=0kB/s\n", "\nRunning Jobs:\n",
            client.get(8), "No Jobs running.\n");
        assertThat(client.get(8)).matches("bareos-dir \\(director\\) connected at: " + SHORT_TIME + "\n");
        assertThat(client.subList(10, client.size())).hasSize(6);
        assertThat(client.subList(10, 14)).containsExactly("====\n", "\nTerminated Jobs:\n",
            " JobId  Level    Files      Bytes   Status   Finished        Name \n", "=".repeat(70) + "\n");
        assertThat(client.get(14)).matches("     1  Full          2         6   OK       " + SHORT_TIME
            + " backup-bareos-fd\n");
        assertThat(client.getLast()).isEqualTo("====\n");


        List<String> storage = console.text("status storage=File");
        assertThat(storage.get(0)).matches("Connecting to Storage daemon File at 127\\.0\\.0\\.1:\\d+\n");
        assertThat(storage.subList(1, 3)).containsExactly(" Encryption: None\n", "\n");
        assertThat(storage.get(3)).startsWith("bareos-sd Version: 26.0.0 (jbareos) (").endsWith(" \n");
        assertThat(storage.get(4)).matches("Daemon started " + SHORT_TIME + "\\. Jobs: run=1, running=0, jbareos"
            + " binary\n");
        assertThat(storage.subList(5, 15)).containsExactly(
            " Sizes: boffset_t=8 size_t=8 int32_t=4 int64_t=8 bwlimit=0kB/s\n", "\nJob inventory:\n\n",
            "No Jobs running.\n", "====\n", "\nJobs waiting to reserve a drive:\n", "====\n", "\nTerminated Jobs:\n",
            " JobId  Level    Files      Bytes   Status   Finished        Name \n", "=".repeat(67) + "\n",
            storage.get(14));
        assertThat(storage.get(14)).matches("     1  Full          2       \\d{3}   OK       " + SHORT_TIME
            + " backup-bareos-fd\n");
        assertThat(storage.subList(15, storage.size())).containsExactly("====\n", "\nDevice status:\n",
            "\nDevice \"FileStorage\" (" + kit.site().volumes() + ") is not open.\n", "==\n", "====\n\n",
            "Used Volume status:\n", "====\n\n", "====\n\n");

        assertThat(console.text("status storage=NoSuchStorage")).containsExactly(
            "Storage resource \"NoSuchStorage\": not found\n",
            "Name the Storage with storage=<name>: jbareos does not prompt for a selection.\n");

        console.apiJson();
        JsonNode json = console.json("status client=bareos-fd");
        assertThat(json.get("result").toString()).isEqualTo("{}");
        assertThat(console.json("status storage=File").get("result").toString()).isEqualTo("{}");
      }
    }
  }
}
