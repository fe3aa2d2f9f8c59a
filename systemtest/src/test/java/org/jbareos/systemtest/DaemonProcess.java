package org.jbareos.systemtest;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One jbareos daemon ({@code jbareos director|storage|filedaemon -f -c <etc>}) in its own JVM, as Bareos's system
 * tests run each daemon in its own process: the daemons can then meet only on the wire, never through shared
 * objects. The child runs on the test's own {@code java} binary with the cli module's jar and its copied
 * dependencies, and writes stdout and stderr to one log file that a failing test shows.
 */
final class DaemonProcess implements AutoCloseable {

  private final String role;
  private final Process process;
  private final Path log;

  private DaemonProcess(String role, Process process, Path log) {
    this.role = role;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code org.jbareos.cli.Main <role> -f -c <etc>}.
   *
   * @param projectRoot the reactor's root, whose {@code cli/target} holds {@code jbareos-cli.jar} and {@code lib/}
   * @param logDir where {@code <role>.log} goes
   */
  static DaemonProcess start(String role, Path projectRoot, Path etc, Path logDir) throws IOException {
    Path cliTarget = projectRoot.resolve("cli").resolve("target");
    Path jar = cliTarget.resolve("jbareos-cli.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the cli module (mvn -pl systemtest -am verify)");
    }
    String javaBinary = ProcessHandle.current().info().command()
        .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this test"));
    String classpath = jar + File.pathSeparator + cliTarget.resolve("lib") + File.separator + "*";
    List<String> command = new ArrayList<>(List.of(javaBinary, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, "org.jbareos.cli.Main", role, "-f", "-c", etc.toString()));
    Path log = logDir.resolve(role + ".log");
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .start();
    return new DaemonProcess(role, process, log);
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /**
   * Returns once the daemon accepts a TCP connection on 127.0.0.1:{@code port}; a connection refused means "not
   * yet", so it retries until {@code deadline}. Fails at once when the process has died (its log says why).
   */
  void awaitListening(int port, Instant deadline) throws IOException {
    while (true) {
      if (!process.isAlive()) {
        throw new IllegalStateException(role + " exited with status " + process.exitValue()
            + " before listening on port " + port + ":\n" + logText());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw new IOException(role + " does not listen on port " + port + " by the deadline:\n" + logText(),
              notYet);
        }
        // Wait for the child to change state rather than spin: returns early if it exits.
        try {
          process.waitFor(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for " + role, e);
        }
      }
    }
  }

  String role() {
    return role;
  }

  /** The daemon's output so far, for assertion messages. */
  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** Asks the daemon to stop (SIGTERM, so shutdown hooks stop the embedded catalog), then kills it if it lingers. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(Duration.ofSeconds(15).toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
