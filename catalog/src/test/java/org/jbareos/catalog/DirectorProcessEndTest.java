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

  @Test
  void normalJvmExitStopsTheEmbeddedServer(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("jbareos-exit");
    Process child = startChild(dir, TestCatalogs.unique("fd"), "exit");
    int port = readyPort(child);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(dir.resolve("catalog-db/postmaster.pid")).doesNotExist();
    try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(free.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void serverOrphanedByAKilledDirectorIsStoppedAndTheDataKept(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("jbareos-kill");
    String client = TestCatalogs.unique("fd");
    Process child = startChild(dir, client, "wait");
    readyPort(child);
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertThat(dir.resolve("catalog-db/postmaster.pid")).exists();
    try (CatalogDatabase catalog = CatalogDatabase.open(new CatalogSettings.Embedded(dir, 0))) {
      assertThat(catalog.clients().findByName(client)).isPresent();
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
