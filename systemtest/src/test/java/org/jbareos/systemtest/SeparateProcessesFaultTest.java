package org.jbareos.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jbareos.cli.quickstart.ConfigWriter;
import org.jbareos.cli.quickstart.TreeComparison;
import org.jbareos.client.DirectorConsole;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults and bad input against the three daemon processes of {@link BackupSystem} (issue 4, "Faults and bad
 * input"): each gives a clear error where the user looks (the console, the job log, the refusing daemon's log),
 * loses nothing already backed up, and leaves the daemons serving the next job. Each scenario uses the Jobs of
 * {@link FaultResources}, so the backup rounds' jobs are not disturbed.
 */
@Tag("system")
@ExtendWith(BackupSystem.Shared.class)
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SeparateProcessesFaultTest {

  private static final Duration RESTART_TIME = Duration.ofSeconds(60);
  private static final String TREE_BACKUP = "run job=" + FaultResources.TREE_JOB + " level=Full yes";

  /**
   * The FD is killed (SIGKILL) while it reads a FIFO named in the FileSet: the test has fed it 1 MiB and holds the
   * FIFO open, so the job is certainly in the middle of its data, whatever the machine's speed.
   */
  @Test
  void fileDaemonKilledInTheMiddleOfABackup(BackupSystem system) throws Exception {
    try (DirectorConsole client = system.connectConsole()) {
      Console console = client::call;
      try {
        long earlier = console.runToEnd(TREE_BACKUP, 'T');
        long killed = console.queue("run job=" + FaultResources.FIFO_JOB + " level=Full yes");
        try (OutputStream fifo = openForWriting(system.fifo())) {
          byte[] chunk = new byte[64 * 1024];
          Random random = new Random(killed);
          for (int i = 0; i < 16; i++) {
            random.nextBytes(chunk);
            fifo.write(chunk);
          }
          fifo.flush();
          system.fileDaemon().kill();
        } catch (IOException brokenPipe) {
          // the reader died: closing the FIFO's write end says so
        }

        assertThat(console.await(killed)).as("JobStatus of the job whose FD was killed").isIn('f', 'E');
        String jobLog = console.jobLog(killed);
        assertThat(jobLog).as("job log of JobId " + killed)
            .contains("Fatal error: Network error with FD during Backup: Connection closed by")
            .contains("Fatal error: Network error reading from FD.");

        system.fileDaemon().restart(RESTART_TIME);
        long after = console.runToEnd(TREE_BACKUP, 'T');

        VolumeContents contents = VolumeContents.read(system.site().storage());
        for (long jobId : new long[] {earlier, after}) {
          assertThat(contents.job(jobId).hasAttributesOf(system.faultsTree().resolve("README.txt")))
              .as("JobId " + jobId + " on the volume").isTrue();
        }
        restoreAndCompare(system, console, earlier, system.faultsTree(), "after-kill");
      } catch (AssertionError | IOException | RuntimeException e) {
        throw new AssertionError(system.withLogs(e.getMessage()), e);
      } finally {
        if (!system.fileDaemon().isAlive()) {
          system.fileDaemon().restart(RESTART_TIME);
        }
      }
    }
  }

  /** Opens the FIFO's write end, which blocks until the FD opens its read end: a minute at most. */
  private static OutputStream openForWriting(Path fifo) throws IOException, InterruptedException {
    CompletableFuture<OutputStream> open = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.newOutputStream(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try {
      return open.get(60, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      // unblock the opener so its thread ends: open the read end ourselves
      Files.newInputStream(fifo).close();
      throw new IOException("the File Daemon did not open " + fifo + " within a minute", e);
    } catch (ExecutionException e) {
      throw new IOException("cannot open " + fifo + " for writing", e.getCause());
    }
  }

  @Test
  void restoreOfAJobThatDoesNotExist(BackupSystem system) throws Exception {
    try (DirectorConsole client = system.connectConsole()) {
      ((Console) client::call).runToEnd(TREE_BACKUP, 'T'); // the Client is then in the catalog
      String answer = client.call("restore client=" + ConfigWriter.CLIENT + " jobid=987654 all done yes where=\""
          + system.newDirectory("never") + "\"");
      assertThat(answer).as("restore of a JobId the catalog does not have")
          .contains("Unable to get Job record for JobId=987654").doesNotContain("Job queued");
      assertThat(client.call("list jobs")).as("the Director still answers").contains("jobid");
    }
  }

  /** {@code where=} below a regular file: nothing can be created there, even by root. */
  @Test
  void restoreToAWhereThatCannotBeWritten(BackupSystem system) throws Exception {
    try (DirectorConsole client = system.connectConsole()) {
      Console console = client::call;
      try {
        long backup = console.runToEnd(TREE_BACKUP, 'T');
        Path aFile = Files.writeString(system.newDirectory("blocked").resolve("a file"), "in the way\n",
            StandardCharsets.UTF_8);
        long restore = console.queue("restore client=" + ConfigWriter.CLIENT + " jobid=" + backup
            + " all done yes where=\"" + aFile.resolve("restore") + "\"");
        assertThat(console.await(restore)).as("JobStatus of the restore below a file").isIn('E', 'f');
        assertThat(console.jobLog(restore)).as("job log of the restore below a file")
            .contains(aFile.toString()).contains("Not a directory");

        restoreAndCompare(system, console, backup, system.faultsTree(), "after-bad-where");
      } catch (AssertionError | IOException | RuntimeException e) {
        throw new AssertionError(system.withLogs(e.getMessage()), e);
      }
    }
  }

  /**
   * The small disk's device directory is a tmpfs of {@value SmallDisk#SIZE}: a first job fits, a second one larger
   * than the disk does not: its volume ends ("End of Volume", marked Full), the next volume on the same disk cannot
   * take the rest, and the job fails with the disk's error.
   */
  @Test
  void fullDiskOnTheStorageDaemon(BackupSystem system) throws Exception {
    SmallDisk disk;
    try {
      disk = SmallDisk.mount(system.smallDisk());
    } catch (IOException e) {
      Assumptions.abort("a small tmpfs is needed for the full disk (root can mount one; CI runs as root): "
          + e.getMessage());
      return;
    }
    try (disk; DirectorConsole client = system.connectConsole()) {
      Console console = client::call;
      try {
        long fits = console.runToEnd("run job=" + FaultResources.SMALL_DISK_TREE_JOB + " level=Full yes", 'T');
        long tooLarge = console.queue("run job=" + FaultResources.SMALL_DISK_LARGE_JOB + " level=Full yes");
        assertThat(console.await(tooLarge)).as("JobStatus of the backup larger than the disk").isIn('E', 'f');
        assertThat(console.jobLog(tooLarge)).as("job log of the backup larger than the disk")
            .contains("End of Volume \"").contains("on device \"" + FaultResources.SMALL_DISK_DEVICE)
            .contains("End of medium on Volume \"").contains("Fatal error")
            .contains("No space left on device").doesNotContain("File Daemon connection");

        VolumeContents contents = VolumeContents.read(system.smallDisk());
        assertThat(contents.job(fits).hasAttributesOf(system.faultsTree().resolve("README.txt")))
            .as("the earlier job on the full volume").isTrue();
        restoreAndCompare(system, console, fits, system.faultsTree(), "from-full-disk");
        console.runToEnd(TREE_BACKUP, 'T');
      } catch (AssertionError | IOException | RuntimeException e) {
        throw new AssertionError(system.withLogs(e.getMessage()), e);
      }
    }
  }

  /**
   * A wrong password on each link the configuration sets (console to Director, Director to SD, Director to FD; the
   * FD to SD link uses the per-job key the Director hands out, which no configuration sets): refused with a clear
   * line in the refusing daemon's log and a clear message on the calling side; every daemon keeps serving.
   */
  @Test
  void wrongPasswordsOnEachLinkAreRefused(BackupSystem system) throws Exception {
    try (DirectorConsole client = system.connectConsole()) {
      Console console = client::call;
      try {
        Path scratch = system.newDirectory("wrong-console");
        Path wrongConf = scratch.resolve("bconsole.conf");
        Files.writeString(wrongConf, Files.readString(system.site().etc().resolve("bconsole.conf"))
            .replace(system.passwords().console(), FaultResources.WRONG_PASSWORD));
        int directorLogBefore = system.director().logText().length();
        ConsoleProcess.ScriptRun refused =
            ConsoleProcess.runScript(system.projectRoot(), wrongConf, "list jobs\n", scratch);
        assertThat(refused.exitStatus()).as("exit status of a console with a wrong password").isEqualTo(1);
        assertThat(refused.output()).as("console output").contains("Failed to connect to Director. Giving up.");
        assertThat(refused.errors()).as("console errors").contains("the passwords differ");
        assertThat(system.director().logText().substring(directorLogBefore)).as("Director log")
            .contains("the passwords differ");

        int storageLogBefore = system.storageDaemon().logText().length();
        long wrongSd = console.queue("run job=" + FaultResources.WRONG_SD_PASSWORD_JOB + " level=Full yes");
        assertThat(console.await(wrongSd)).as("JobStatus with a wrong SD password").isIn('f', 'E');
        assertThat(console.jobLog(wrongSd)).as("job log with a wrong SD password")
            .contains("Storage daemon").contains("the passwords differ");
        assertThat(system.storageDaemon().logText().substring(storageLogBefore)).as("SD log")
            .contains("the passwords differ");

        int fileDaemonLogBefore = system.fileDaemon().logText().length();
        long wrongFd = console.queue("run job=" + FaultResources.WRONG_FD_PASSWORD_JOB + " level=Full yes");
        assertThat(console.await(wrongFd)).as("JobStatus with a wrong FD password").isIn('f', 'E');
        assertThat(console.jobLog(wrongFd)).as("job log with a wrong FD password")
            .contains("Failed to connect to Client " + FaultResources.WRONG_PASSWORD_CLIENT)
            .contains("the passwords differ");
        assertThat(system.fileDaemon().logText().substring(fileDaemonLogBefore)).as("FD log")
            .contains("the passwords differ");

        console.runToEnd(TREE_BACKUP, 'T');
        try (ConsoleProcess right = system.startConsole()) {
          assertThat(right.login()).as("a console with the right password").contains("1000 OK");
        }
      } catch (AssertionError | IOException | RuntimeException e) {
        throw new AssertionError(system.withLogs(e.getMessage()), e);
      }
    }
  }

  /** Restores all of {@code jobId} to a fresh directory and compares it with {@code source}. */
  private static void restoreAndCompare(BackupSystem system, Console console, long jobId, Path source,
      String name) throws IOException {
    Path where = system.newDirectory(name);
    console.runToEnd("restore client=" + ConfigWriter.CLIENT + " jobid=" + jobId + " all done yes where=\""
        + where + "\"", 'T');
    TreeComparison.Result result =
        TreeComparison.compare(source, where.resolve(source.getRoot().relativize(source).toString()));
    assertThat(result.differences()).as("JobId " + jobId + " restored").isEmpty();
  }
}
