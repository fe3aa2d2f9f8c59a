package org.jbareos.cli.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jbareos.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The quick start end to end, in process: configuration written, catalog, Storage Daemon, File Daemon and Director
 * started, a Full backup of a small tree with the awkward cases, its restore, and the byte-for-byte comparison.
 */
class QuickstartTest {

  @TempDir Path temp;

  @Test
  void backsUpAndRestoresTheSourceIdentically() throws Exception {
    Path source = temp.resolve("source");
    SampleTree.create(source, 1);
    Path work = temp.resolve("work");

    Run run = quickstart("--source", source.toString(), "--workdir", work.toString());

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output())
        .contains("Backing up " + source + " (job backup-bareos-fd, Full)... done: JobId 1, 19 files")
        .contains("Restoring JobId 1 to " + work.resolve("restore") + " (job RestoreFiles)... done: JobId 2, 19 files")
        .contains("done: 19 entries identical")
        .contains("| backup-bareos-fd |")
        .contains("| RestoreFiles     |")
        // Bareos's job times are whole seconds (time_t)
        .containsPattern("\\| backup-bareos-fd \\| bareos-fd \\| \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\| \\d\\d:\\d\\d:\\d\\d \\|")
        .contains("bin/jbareos console -c " + work.resolve("etc").resolve("bconsole.conf"));
    Path restored = work.resolve("restore").resolve(source.getRoot().relativize(source).toString());
    assertThat(TreeComparison.compare(source, restored).differences()).isEmpty();
    assertThat(restored.resolve("random-1MB.bin")).hasSameBinaryContentAs(source.resolve("random-1MB.bin"));
    assertThat(Files.readSymbolicLink(restored.resolve("link-relative"))).isEqualTo(Path.of("docs", "notes.md"));
    assertThat(restored.resolve("empty-directory")).isEmptyDirectory();
    assertThat(Files.isSameFile(restored.resolve("README.txt"), restored.resolve("hard link to README.txt")))
        .isTrue();
    assertThat(Files.getLastModifiedTime(restored.resolve("docs").resolve("old-letter.txt")))
        .isEqualTo(FileTime.from(Instant.parse("2020-02-29T12:34:56Z")));
  }

  @Test
  void aChangedRestoreIsReportedAsADifference() throws Exception {
    Path source = temp.resolve("source");
    SampleTree.create(source, 0);
    Path copy = temp.resolve("copy");
    SampleTree.create(copy, 0);
    Files.writeString(copy.resolve("file with space.txt"), "Changed.\n");
    Files.delete(copy.resolve("empty-directory"));
    Files.delete(copy.resolve("hard link to README.txt"));
    Files.copy(copy.resolve("README.txt"), copy.resolve("hard link to README.txt"));
    Files.setPosixFilePermissions(copy.resolve("run-me.sh"),
        java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

    TreeComparison.Result result = TreeComparison.compare(source, copy);

    assertThat(result.identical()).isFalse();
    assertThat(result.differences()).anyMatch(d -> d.startsWith("file with space.txt: "))
        .contains("empty-directory: missing from the restore")
        .contains("run-me.sh: mode 100755 restored as 100644")
        .contains("README.txt, hard link to README.txt: hard links of one file restored as separate files");
  }

  @Test
  void refusesToWipeADirectoryItDidNotMake() throws Exception {
    Path work = Files.createDirectories(temp.resolve("precious"));
    Files.writeString(work.resolve("thesis.tex"), "\\documentclass{article}\n");

    Run run = quickstart("--workdir", work.toString(), "--sample-size-mb", "0");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("is not empty and was not made by jbareos quickstart");
    assertThat(work.resolve("thesis.tex")).exists();
  }

  @Test
  void picksNewPortsWhenAnotherProgramTookOneBeforeTheDaemonsStarted() throws Exception {
    Path work = temp.resolve("work");
    try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Deque<LoopbackPorts> handedOut = new ArrayDeque<>();
      LoopbackPorts fresh = LoopbackPorts.pick();
      handedOut.add(new LoopbackPorts(fresh.director(), squatter.getLocalPort(), fresh.fileDaemon()));
      CommandLine commandLine = new CommandLine(new QuickstartCommand(
          () -> handedOut.isEmpty() ? LoopbackPorts.pick() : handedOut.poll()));

      Run run = execute(commandLine, "--workdir", work.toString(), "--sample-size-mb", "0");

      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .contains("Storage Daemon on :" + squatter.getLocalPort())
          .contains("Another program took one of these ports meanwhile; picking new ones.")
          .contains("entries identical");
    }
  }

  @Test
  void printedCommandsPasteIntoAShell() {
    assertThat(LauncherCommand.quote("/tmp/qs/etc")).isEqualTo("/tmp/qs/etc");
    assertThat(LauncherCommand.quote("/tmp/qs run ü/etc")).isEqualTo("'/tmp/qs run ü/etc'");
    assertThat(LauncherCommand.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(LauncherCommand.of("console", "-c", "/a b/bconsole.conf")).endsWith(" console -c '/a b/bconsole.conf'");
  }

  private record Run(int exitCode, String output) {}

  private static Run quickstart(String... args) {
    CommandLine commandLine = Main.commandLine();
    String[] all = new String[args.length + 1];
    all[0] = "quickstart";
    System.arraycopy(args, 0, all, 1, args.length);
    return execute(commandLine, all);
  }

  private static Run execute(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(out, true));
    int exitCode = commandLine.execute(args);
    return new Run(exitCode, out.toString());
  }
}
