package org.jbareos.net.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A running {@code openssl s_server} or {@code s_client}: its stdout is read line by line on a virtual thread, its
 * stdin is ours to write. {@link #close()} destroys it, so no process outlives a test.
 */
final class OpenSslProcess implements AutoCloseable {

  private static final long WAIT_SECONDS = 10;

  private final Process process;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private OpenSslProcess(Process process) {
    this.process = process;
    Thread.ofVirtual().start(() -> {
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.ISO_8859_1))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("<stdout failed: " + e + ">");
      }
    });
  }

  /** Whether an {@code openssl} binary is on the PATH. */
  static boolean available() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "openssl"))) {
        return true;
      }
    }
    return false;
  }

  /** Starts {@code openssl <arguments>} with stderr merged into stdout. */
  static OpenSslProcess start(List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(arguments);
    return new OpenSslProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
  }

  /** The hex form of the PSK for {@code -psk}: OpenSSL takes the key as hex of its bytes, here the ASCII secret. */
  static String pskHex(PskSecret secret) {
    return java.util.HexFormat.of().formatHex(secret.toBytes());
  }

  /** Waits for a stdout line that matches, and returns it. */
  String awaitLine(Predicate<String> matching, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      long left = deadline - System.nanoTime();
      String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
      if (line == null) {
        throw new AssertionError("openssl did not print " + what + " within " + WAIT_SECONDS + " s; it printed:\n"
            + String.join("\n", seen) + "\nalive: " + process.isAlive());
      }
      seen.add(line);
      if (matching.test(line)) {
        return line;
      }
    }
  }

  /** Sends a line to the process's stdin. */
  void send(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write(line.getBytes(StandardCharsets.US_ASCII));
    in.flush();
  }

  /** Waits for the process to end by itself, and returns its exit code. */
  int awaitExit() throws InterruptedException {
    if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
      throw new AssertionError("openssl did not exit within " + WAIT_SECONDS + " s");
    }
    return process.exitValue();
  }

  /** Everything printed so far that a test looked at, for failure messages. */
  String transcript() {
    return String.join("\n", seen);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(2, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(2, TimeUnit.SECONDS);
    }
  }
}
