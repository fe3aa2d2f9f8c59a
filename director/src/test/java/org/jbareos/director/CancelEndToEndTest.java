package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.director.job.RunningJob;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.CancelReply;
import org.jbareos.protocol.dirsd.SdCancelReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cancel} with the kit's real daemons ({@code dird/ua_cmds.cc CancelCmd}, {@code job.cc CancelJob}): a backup
 * held by a FIFO its File Daemon reads is canceled; the FD and SD answer the Director's {@code cancel Job=} as
 * Bareos does, the job ends with status {@code A} and {@code Backup Canceled} in its summary, and both daemons go on
 * serving and list the job as canceled.
 */
class CancelEndToEndTest {
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Test
  void cancelEndsARunningBackupAndTheDaemonsKeepServing(@TempDir Path root) throws Exception {
    Path fifo = root.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    try (KitDaemons kit = KitDaemons.start(root, config -> {
      // the FD reads the FIFO (ReadFifo = yes) and so holds the backup until someone writes to it
      Path fileSet = config.resolve("bareos-dir.d/fileset/TestSet.conf");
      try {
        Files.writeString(fileSet, Files.readString(fileSet)
            .replace("Signature = MD5", "Signature = MD5\n      ReadFifo = yes")
            .replaceFirst("(File = \"[^\"]*\")", "$1\n    File = \"" + fifo + "\""));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })) {
      Files.createDirectories(kit.site().data());
      Files.writeString(kit.site().data().resolve("a.txt"), "alpha\n");
      RunningJob job = kit.engine().start(JobRequest.Backup.of("backup-bareos-fd", JobLevel.FULL));
      try {
        try (ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
          awaitRunningAtTheClient(console, job);
          List<String> answer = console.text("cancel jobid=" + job.jobId());
          assertThat(answer).hasSize(4).startsWith(" Handshake: Cleartext,", " Encryption: None\n",
              new CancelReply(job.job(), true).wireText());
          // the SD may have ended the job already when the FD, canceled first, cut its data connection
          assertThat(answer.get(3)).isIn(new SdCancelReply(job.jobId(), job.job(), true).wireText(),
              new SdCancelReply(0, job.job(), false).wireText());
          JobResult result = job.await(DEADLINE);
          String log = String.join("", result.log());
          assertThat(result.status()).as(log).isEqualTo(JobStatus.CANCELED);
          // the Director reports no errors for a canceled job, only its summary
          assertThat(log).contains("  Termination:            Backup Canceled\n")
              .doesNotContain("bareos-dir JobId " + job.jobId() + ": Fatal error");
          assertThat(kit.catalog().jobs().findById(job.jobId()).orElseThrow().jobStatus())
              .isEqualTo(JobStatus.CANCELED);

          assertThat(console.text("cancel jobid=" + job.jobId())).containsExactly(
              "JobId " + job.jobId() + " is not running. Use Job name to cancel inactive jobs.\n",
              "No Jobs running.\n");
          console.apiJson();
          JsonNode json = console.json("cancel ujobid=nosuchjob.2026-11-22_00.00.00_00");
          assertThat(json.get("result").toString()).isEqualTo("{}");
        }
      } finally {
        releaseReader(fifo); // the FD's job thread may still wait in the FIFO
      }

      // both daemons keep serving and list the job as ended
      try (ConsoleClient console = ConsoleClient.login(kit.directorPort())) {
        String row = "     " + job.jobId() + "  Full   ";
        awaitStatus(console, "status client=bareos-fd", row, "  Cancel   ");
        // the SD may have ended the job in error first: the FD, canceled first, cut its data connection, and a
        // status of error is not replaced by canceled (setJobStatusWithPriorityCheck), in Bareos as here
        awaitStatus(console, "status storage=File", row, "backup-bareos-fd");
      }
    }
  }

  /**
   * Lets an FD job thread that waits in the FIFO go on: opened for reading and writing, a FIFO does not block, gives
   * a waiting reader its writer and, closed, its end of file.
   */
  private static void releaseReader(Path fifo) throws IOException {
    new java.io.RandomAccessFile(fifo.toFile(), "rw").close();
  }

  /** Polls a status command until a line starting with {@code start} contains {@code text}. */
  private static void awaitStatus(ConsoleClient console, String command, String start, String text)
      throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      List<String> lines = console.text(command);
      if (lines.stream().anyMatch(l -> l.startsWith(start) && l.contains(text))) {
        return;
      }
      assertThat(System.nanoTime()).as(command + " lists the canceled job: " + lines).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** Waits until {@code status client} shows the job running at its FD with its level (it reads the FIFO). */
  private static void awaitRunningAtTheClient(ConsoleClient console, RunningJob job) throws Exception {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      String status = String.join("", console.text("status client=bareos-fd"));
      if (status.contains("JobId " + job.jobId() + " Job " + job.job() + " is running.\n")
          && status.contains("    Full Backup Job started: ")) {
        return; // the FD has its level: the job is past its setup and reads its files
      }
      if (job.isDone()) {
        throw new AssertionError("the job ended before it was canceled: " + String.join("", job.await().log()));
      }
      assertThat(System.nanoTime()).as("the job reaches its FD within " + DEADLINE + ": " + status)
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }
}
