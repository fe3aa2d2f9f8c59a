package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One daemon of the benchmark in its own OS process, output to a log file, started and waited for until its port
 * listens. Before it stops, its peak resident set ({@code VmHWM}) is read, and for a JVM started with
 * {@code -Xlog:gc:file=...} its peak heap.
 */
final class DaemonProcess implements AutoCloseable {
  private static final Pattern VM_HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");

  private final String name;
  private final Process process;
  private final Path log;
  private final Optional<Path> gcLog;

  private DaemonProcess(String name, Process process, Path log, Optional<Path> gcLog) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.gcLog = gcLog;
  }

  /** Starts the command and waits until {@code port} listens (or the process dies, or the timeout passes). */
  static DaemonProcess start(String name, List<String> command, Map<String, String> environment, Path log,
      Optional<Path> gcLog, int port, Duration timeout) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().putAll(environment);
    DaemonProcess daemon = new DaemonProcess(name, builder.start(), log, gcLog);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ProcNetTcp.listening(daemon.process.pid(), port)) {
      if (!daemon.process.isAlive() || System.nanoTime() > deadline) {
        daemon.close();
        throw new IOException(name + " did not start listening on port " + port + "; its output ("
            + log + "):\n" + tail(log));
      }
      Thread.sleep(20);
    }
    return daemon;
  }

  /** Peak memory so far: resident set for every daemon, heap for a JVM with a GC log. */
  Memory memory() throws IOException, InterruptedException {
    long rssKb = -1;
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    if (Files.exists(status)) {
      Matcher m = VM_HWM.matcher(Files.readString(status));
      if (m.find()) {
        rssKb = Long.parseLong(m.group(1));
      }
    }
    Optional<HeapPeak> heap = gcLog.isPresent() ? Optional.of(HeapPeak.of(process.pid(), gcLog.get()))
        : Optional.empty();
    return new Memory(name, rssKb / 1024, heap);
  }

  String name() {
    return name;
  }

  Path log() {
    return log;
  }

  /** SIGTERM, then SIGKILL if it is still there after 30 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /**
   * @param peakRssMiB the process's peak resident set ({@code VmHWM})
   * @param heap a JVM's peak heap, if known
   */
  record Memory(String daemon, long peakRssMiB, Optional<HeapPeak> heap) {}
}
