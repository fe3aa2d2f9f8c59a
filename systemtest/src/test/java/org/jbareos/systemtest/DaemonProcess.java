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
 * objects. The child writes stdout and stderr to one log file that a failing test shows; a restarted daemon appends
 * to it, so the log tells the whole story.
 */
final class DaemonProcess implements AutoCloseable {

  private final String role;
  private final List<String> command;
  private final Path log;
  private final int port;
  private Process process;

  private DaemonProcess(String role, List<String> command, Path log, int port) {
    this.role = role;
    this.command = command;
    this.log = log;
    this.port = port;
  }

  /**
   * Starts {@code jbareos <role> -f -c <etc>} and returns once it listens on {@code port}.
   *
   * @param logDir where {@code <role>.log} goes
   */
  static DaemonProcess start(String role, Path projectRoot, Path etc, Path logDir, int port, Duration startTime)
      throws IOException {
    return start(role, projectRoot, etc, logDir, port, startTime, List.of());
  }

  /** {@link #start(String, Path, Path, Path, int, Duration)} with more options after {@code -c <etc>}. */
  static DaemonProcess start(String role, Path projectRoot, Path etc, Path logDir, int port, Duration startTime,
      List<String> options) throws IOException {
    List<String> arguments = new ArrayList<>(List.of(role, "-f", "-c", etc.toString()));
    arguments.addAll(options);
    DaemonProcess daemon = new DaemonProcess(role,
        JbareosCommandLine.of(projectRoot, arguments.toArray(String[]::new)), logDir.resolve(role + ".log"), port);
    daemon.launch(Instant.now().plus(startTime));
    return daemon;
  }

  private void launch(Instant deadline) throws IOException {
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
        .start();
    awaitListening(deadline);
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /**
   * Returns once the daemon accepts a TCP connection on 127.0.0.1:{@code port}; a connection refused means "not
   * yet", so it retries until {@code deadline}. Fails at once when the process has died (its log says why).
   */
  private void awaitListening(Instant deadline) throws IOException {
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

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as a crash or {@code kill -9} would end it: no shutdown hook, no goodbye on any socket. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Starts the same command again (after {@link #kill()}), appending to the same log. */
  void restart(Duration startTime) throws IOException {
    if (process.isAlive()) {
      throw new IllegalStateException(role + " is still running");
    }
    launch(Instant.now().plus(startTime));
  }

  /** How often {@code text} occurs in the daemon's output so far (the log spans restarts). */
  long occurrences(String text) {
    String all = logText();
    long count = 0;
    for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + text.length())) {
      count++;
    }
    return count;
  }

  /** Returns once {@code text} occurs at least {@code count} times in the output; fails if the process dies first. */
  void awaitLog(String text, long count, Instant deadline) throws IOException, InterruptedException {
    while (occurrences(text) < count) {
      if (!process.isAlive()) {
        throw new IllegalStateException(role + " exited with status " + process.exitValue() + " before logging \""
            + text + "\" " + count + " times:\n" + logText());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(role + " did not log \"" + text + "\" " + count + " times by the deadline:\n"
            + logText());
      }
      process.waitFor(100, TimeUnit.MILLISECONDS);
    }
  }

  /** The daemon's output so far, for assertions and failure messages. */
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
