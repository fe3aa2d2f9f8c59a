package org.jbareos.director;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jbareos.client.DirectorConsole;
import org.jbareos.client.ResponseEnd;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.director.job.ResourceOverrides;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} through our console client against our Director with a real Storage Daemon and File Daemon: a
 * Full of three files, a changed {@code a.txt}, an Incremental (JobIds 1 and 2). Restoring both jobs brings each
 * file back once, in its newest version, as Bareos's tree does (later jobs' versions replace earlier ones); the
 * bootstrap selects only those versions ({@code Files Expected}, the bootstrap's {@code Count=} sum, is 5).
 */
class RestoreEndToEndTest {
  private static final Pattern QUEUED = Pattern.compile("Job queued\\. JobId=(\\d+)\n");
  private static final List<String> TREE = List.of("", "a.txt", "b.txt", "sub", "sub/c.txt");

  @TempDir static Path root;
  private static KitDaemons daemons;

  @BeforeAll
  static void backUpFullThenIncremental() throws Exception {
    daemons = KitDaemons.start(root);
    Path data = daemons.site().data();
    Files.createDirectories(data.resolve("sub"));
    Files.writeString(data.resolve("a.txt"), "first version of a\n");
    Files.writeString(data.resolve("b.txt"), "b stays\n");
    Files.writeString(data.resolve("sub/c.txt"), "c stays\n");
    // the Incremental takes what changed since the Full's start second: the data must be older than that second
    Thread.sleep(1100);
    try (DirectorConsole console = daemons.console()) {
      assertThat(console.call("run job=backup-bareos-fd level=Full yes")).contains("Job queued. JobId=1\n");
      console.call("wait");
      // a restore of the latest state takes Incrementals with a later JobTDate (whole seconds) than the Full's
      Thread.sleep(1000);
      Files.writeString(data.resolve("a.txt"), "second, newer version of a\n");
      Files.setLastModifiedTime(data.resolve("a.txt"), FileTime.from(Instant.now().plusSeconds(5)));
      assertThat(console.call("run job=backup-bareos-fd level=Incremental yes")).contains("Job queued. JobId=2\n");
      console.call("wait");
      String jobs = console.call("list jobs");
      assertThat(jobs).containsPattern("\\| +1 \\| backup-bareos-fd .*\\| B +\\| F +\\| +5 \\|.*\\| T +\\|")
          .containsPattern("\\| +2 \\| backup-bareos-fd .*\\| B +\\| I +\\| +1 \\|.*\\| T +\\|");
      console.call("messages");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    daemons.close();
  }

  @Test
  void bothJobIdsRestoreEachFileOnceInItsNewestVersion() throws Exception {
    Path where = root.resolve("both");
    try (DirectorConsole console = daemons.console()) {
      String queued = console.call("restore client=bareos-fd jobid=1,2 where=" + where + " all done yes");
      assertThat(queued).contains("You have selected the following JobIds: 1,2\n",
          "\n3 files inserted into the tree and marked for extraction.\n", "\n5 files selected to be restored.\n");
      assertThat(jobLog(console, queued)).contains("  Files Expected:         5\n", "  Files Restored:         5\n",
          "  Termination:            Restore OK\n");
    }
    assertNewestTree(where);
  }

  @Test
  void currentRestoresTheNewestVersions() throws Exception {
    Path where = root.resolve("current");
    try (DirectorConsole console = daemons.console()) {
      String queued = console.call("restore client=bareos-fd current where=" + where + " all done yes");
      assertThat(queued).contains("You have selected the following JobIds: 1,2\n");
      assertThat(jobLog(console, queued)).contains("  Files Expected:         5\n", "  Files Restored:         5\n");
    }
    assertNewestTree(where);
  }

  /** A restore started without a file list (the engine's {@code ofJobs} form) builds its bootstrap the same way. */
  @Test
  void jobIdsWithoutAFileListRestoreTheNewestVersions() throws Exception {
    Path where = root.resolve("jobs");
    JobResult result = daemons.engine().start(new JobRequest.Restore("RestoreFiles", List.of(1L, 2L), List.of(),
        Optional.of(where.toString()), Optional.empty(), ResourceOverrides.NONE, "User"))
        .await(Duration.ofSeconds(60));
    String log = String.join("", result.log());
    assertThat(result.status()).as(log).isEqualTo(JobStatus.TERMINATED);
    assertThat(log).contains("  Files Expected:         5\n", "  Files Restored:         5\n");
    assertNewestTree(where);
  }

  /** The file selection mode through our console client: only the marked file comes back, in its newest version. */
  @Test
  void theMarkedFileOnlyIsRestored() throws Exception {
    Path where = root.resolve("marked");
    try (DirectorConsole console = daemons.console()) {
      assertThat(answer(console, "restore client=bareos-fd jobid=1,2 where=" + where))
          .contains("\n5 files inserted into the tree.\n", "cwd is: /\n").endsWith("$ ");
      assertThat(answer(console, "cd " + daemons.site().data())).isEqualTo(
          "cwd is: " + daemons.site().data() + "/\n$ ");
      assertThat(answer(console, "ls")).isEqualTo("a.txt\nb.txt\nsub/\n$ ");
      assertThat(answer(console, "mark a*")).isEqualTo("1 file newly marked.\n$ ");
      assertThat(answer(console, "lsmark")).isEqualTo("*a.txt\n$ ");
      // dir: mode, links, owner, group, size, the later of mtime and ctime, the mark, the path (ls_output)
      assertThat(answer(console, "dir a*")).matches("-rw-r--r--   1 \\d+ \\(\\S{1,8}\\) \\d+ \\(\\S{1,8}\\)  {11}27  "
          + "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\* " + Pattern.quote(daemons.site().data() + "/a.txt")
          + "\n\\$ ");
      assertThat(answer(console, "estimate")).isEqualTo("5 total files; 2 marked to be restored; 27 bytes.\n$ ");
      assertThat(answer(console, "done")).contains("\n1 file selected to be restored.\n\n")
          .endsWith("OK to run? (yes/mod/no): ");
      console.send("yes");
      ByteArrayOutputStream queued = new ByteArrayOutputStream();
      assertThat(console.receiveResponse(queued::writeBytes)).isEqualTo(ResponseEnd.EOD);
      assertThat(jobLog(console, queued.toString(StandardCharsets.UTF_8)))
          .contains("  Files Expected:         1\n", "  Files Restored:         1\n");
    }
    Path restored = where.resolve(daemons.site().data().toString().substring(1));
    try (Stream<Path> files = Files.walk(restored)) {
      assertThat(files.map(p -> restored.relativize(p).toString())).containsExactlyInAnyOrder("", "a.txt");
    }
    assertThat(Files.readString(restored.resolve("a.txt"))).isEqualTo("second, newer version of a\n");
  }

  @Test
  void aJobThatDoesNotExistIsRefusedAndNothingStarts() throws Exception {
    try (DirectorConsole console = daemons.console()) {
      String before = table(console.call("list jobs"));
      // "Using Catalog" was said by the list before (the session's private catalog connection is open)
      assertThat(console.call("restore client=bareos-fd jobid=999 all done yes"))
          .isEqualTo("Unable to get Job record for JobId=999: ERR=No Job found for JobId 999\n\n");
      assertThat(table(console.call("list jobs"))).isEqualTo(before);
      assertThat(console.call("status director")).contains("No Jobs running.");
    }
  }

  /** Sends a command or an answer; the output up to the Director's next question. */
  private static String answer(DirectorConsole console, String line) throws IOException {
    console.send(line);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    assertThat(console.receiveResponse(output::writeBytes)).as(output.toString(StandardCharsets.UTF_8))
        .isEqualTo(ResponseEnd.SUB_PROMPT);
    return output.toString(StandardCharsets.UTF_8);
  }

  /** The table of a {@code list} without the catalog lines before it. */
  private static String table(String listed) {
    return listed.substring(listed.indexOf('+'));
  }

  /** Waits for the job {@code queued} names and returns the messages up to its end. */
  private static String jobLog(DirectorConsole console, String queued) throws IOException {
    Matcher id = QUEUED.matcher(queued);
    assertThat(id.find()).as(queued).isTrue();
    console.call("wait jobid=" + id.group(1));
    return console.call("messages");
  }

  /** The restored copy of the data: the five entries, {@code a.txt} in the Incremental's version. */
  private static void assertNewestTree(Path where) throws IOException {
    Path restored = where.resolve(daemons.site().data().toString().substring(1));
    try (Stream<Path> files = Files.walk(restored)) {
      assertThat(files.map(p -> restored.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrderElementsOf(TREE);
    }
    assertThat(Files.readString(restored.resolve("a.txt"))).isEqualTo("second, newer version of a\n");
    assertThat(Files.readString(restored.resolve("b.txt"))).isEqualTo("b stays\n");
    assertThat(Files.readString(restored.resolve("sub/c.txt"))).isEqualTo("c stays\n");
  }
}
