package org.jbareos.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL when the Director's JVM ends: normally (shutdown hook) and by SIGKILL (orphan). */
class DirectorProcessEndTest {

  /**
   * A Director JVM that exits normally leaves no server (zonky's shutdown hook stops it); a Director killed with
   * SIGKILL leaves its postmaster running, and the next start stops that orphan and keeps the data. Both on one
   * data directory, so PostgreSQL is initialised once.
   */
  @Test
  void embeddedServerEndsWithTheDirectorOrIsRecoveredAfterAKill(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("jbareos-exit");
    String first = TestCatalogs.unique("fd");
    Process exiting = startChild(dir, first, "exit");
    int port = readyPort(exiting);
    assertThat(exiting.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dir.resolve("catalog-db/postmaster.pid")).as("stopped by the shutdown hook").doesNotExist();
    try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(free.getLocalPort()).isEqualTo(port);
    }

    String second = TestCatalogs.unique("fd");
    Process killed = startChild(dir, second, "wait");
    readyPort(killed);
    killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(dir.resolve("catalog-db/postmaster.pid")).as("orphaned server still running").exists();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(dir, 0))) {
      assertThat(catalog.clients().findByName(first)).isPresent();
      assertThat(catalog.clients().findByName(second)).isPresent();
    }
  }

  private static Process startChild(Path dir, String client, String mode) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CatalogInChildJvm.class.getName(), dir.toString(), client, mode)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int readyPort(Process child) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("READY ")) {
        return Integer.parseInt(line.substring(6).strip());
      }
    }
    throw new IllegalStateException("child catalog ended without READY, exit " + child.exitValue());
  }
}
