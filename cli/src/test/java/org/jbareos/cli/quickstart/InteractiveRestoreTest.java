package org.jbareos.cli.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.jbareos.cli.Main;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jbareos console < commands} answering the Director's questions of an interactive restore, as bconsole does
 * from a script: the restore tree's {@code $ } prompts and {@code OK to run?} are answered by the next lines of
 * standard input, which the console echoes after the prompt. Against the quick start's daemons (TLS-PSK) in this
 * JVM; only what was marked comes back.
 */
class InteractiveRestoreTest {

  @TempDir Path temp;

  @Test
  void theConsoleAnswersTheRestoreTreeFromStandardInput() throws Exception {
    Path source = temp.resolve("source");
    SampleTree.create(source, 0);
    QuickstartSite site = new QuickstartSite(temp.resolve("work"), source);
    QuickstartWorkdir.recreate(site.workdir());
    new ConfigWriter(site, LoopbackPorts.pick(), Passwords.random()).write();
    Path where = temp.resolve("restored");
    try (QuickstartDaemons daemons = QuickstartDaemons.start(site, new Progress(new PrintWriter(Writer.nullWriter())))) {
      JobResult backup = daemons.engine().start(JobRequest.Backup.of(ConfigWriter.BACKUP_JOB, JobLevel.FULL))
          .await(Duration.ofSeconds(60));
      assertThat(backup.status()).as(String.join("", backup.log())).isEqualTo(JobStatus.TERMINATED);

      String output = console(site.etc().resolve("bconsole.conf"), "restore client=bareos-fd jobid=1 where=" + where,
          "cd " + source, "mark docs \"file with space.txt\"", "lsmark", "count", "done", "yes", "wait", "quit");

      assertThat(output)
          .contains("You have selected the following JobId: 1\n", "cwd is: /\n")
          .contains("$ cd " + source + "\ncwd is: " + source + "/\n")
          .contains("$ mark docs \"file with space.txt\"\n4 files newly marked.\n")
          .contains("$ lsmark\n*docs/\n  *notes.md\n  *old-letter.txt\n*file with space.txt\n")
          .contains("$ done\n")
          .contains("\n4 files selected to be restored.\n\n")
          .containsPattern("OK to run\\? \\(yes/mod/no\\): yes\nJob queued\\. JobId=2\n");
    }
    Path restored = where.resolve(source.getRoot().relativize(source).toString());
    try (Stream<Path> files = Files.walk(restored)) {
      assertThat(files.map(p -> restored.relativize(p).toString())).containsExactlyInAnyOrder("", "docs",
          "docs/notes.md", "docs/old-letter.txt", "file with space.txt");
    }
    assertThat(restored.resolve("docs/notes.md")).hasSameTextualContentAs(source.resolve("docs/notes.md"));
  }

  /** Runs {@code jbareos console -c config} with {@code lines} as standard input; its standard output. */
  private static String console(Path config, String... lines) {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute("console", "-c", config.toString());
      assertThat(exit).as(stdout.toString(StandardCharsets.UTF_8)).isZero();
      return stdout.toString(StandardCharsets.UTF_8);
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
  }
}
