package org.jbareos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCheckCommandTest {

  static final Path CONFORMANCE = Path.of(System.getProperty("jbareos.shared", "../../shared"))
      .resolve("conformance/config");

  private record Run(int exit, String err) {}

  private static Run run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, err.toString());
  }

  @Test
  void brokenDirectorConfigurationPrintsFileLineColumnAndExitsOne(@TempDir Path dir)
      throws IOException {
    Path client = dir.resolve("bareos-dir.d/client/fd.conf");
    Files.createDirectories(client.getParent());
    Files.writeString(client, """
        Client {
          Name = fd
          Adress = 127.0.0.1
          Password = secret
        }
        """);
    Path director = dir.resolve("bareos-dir.d/director/dir.conf");
    Files.createDirectories(director.getParent());
    Files.writeString(director, """
        Director {
          Name = dir
          Password = secret
        }
        """);

    Run run = run("director", "-t", "-c", dir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains(client + ":3:3: unknown directive 'Adress' in Client;"
        + " did you mean 'Address'?");
    assertThat(run.err()).contains(client + ":1:1: missing required directive 'Address' in"
        + " Client 'fd'");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void deprecatedDirectivesAreWarningsAndTheCheckPasses(@TempDir Path dir) throws IOException {
    Path conf = dir.resolve("bareos-fd.conf");
    Files.writeString(conf, """
        Client {
          Name = fd
          Maximum Concurrent Jobs = 10
        }
        Director {
          Name = dir
          Password = secret
        }
        """);
    Run run = run("filedaemon", "-t", "-c", conf.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err()).isEqualTo(conf + ":3:3: warning: 'Maximum Concurrent Jobs' in Client is"
        + " deprecated in Bareos and may go away" + System.lineSeparator());
  }

  @Test
  void anUnclosedResourceIsReportedInItsOwnFile(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("bareos-sd.d/device/a.conf");
    Path b = dir.resolve("bareos-sd.d/storage/b.conf");
    Files.createDirectories(a.getParent());
    Files.createDirectories(b.getParent());
    Files.writeString(a, "Device {\n  Name = a\n  Media Type = File\n  Archive Device = /x\n");
    Files.writeString(b, "Storage {\n  Name = sd\n}\n");
    Run run = run("storage", "-t", "-c", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(a + ":5:1: expected '}' to close Device opened at " + a
        + ":1:1, found end of file" + System.lineSeparator());
  }

  @Test
  void conformanceConfigurationsPass() {
    assertThat(run("director", "-t", "-c", CONFORMANCE.toString()).exit()).isZero();
    assertThat(run("storage", "-t", "-c", CONFORMANCE.toString()).exit()).isZero();
    assertThat(run("filedaemon", "-t", "-c", CONFORMANCE.toString()).exit()).isZero();
    assertThat(run("console", "--test-config", "--config",
        CONFORMANCE.resolve("bconsole.conf").toString()).exit()).isZero();
  }

  @Test
  void withoutTestConfigTheDirectorStartsAndAnUnreachableCatalogIsOneClearLine() {
    // The kit's Catalog names an external PostgreSQL at 127.0.0.1:15432, which is not running here.
    Run run = run("director", "-c", CONFORMANCE.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("jbareos director: catalog database at 127.0.0.1:15432 is unavailable")
        .doesNotContain("\tat ");
  }
}
