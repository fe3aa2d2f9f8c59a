package org.jbareos.bench.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Bacula 9.6 daemons ({@code bacula-dir}, {@code bacula-sd}, {@code bacula-fd} in the foreground with the
 * benchmark's configuration), driven by one {@code bconsole} per job that sends {@code run ... yes}, {@code wait}
 * and {@code quit}. Its wall time therefore includes starting bconsole and its login, a few milliseconds ({@link
 * #consoleOverheadNanos}).
 */
final class BaculaSystem implements BackupSystem {
  static final List<Path> BINARIES = List.of(Path.of("/usr/sbin/bacula-dir"), Path.of("/usr/sbin/bacula-sd"),
      Path.of("/usr/sbin/bacula-fd"), Path.of("/usr/sbin/bconsole"), Path.of("/usr/bin/sqlite3"));
  static final String INSTALL = "apt-get install -y bacula-director bacula-director-sqlite3 bacula-sd bacula-fd"
      + " bacula-console";
  private static final Pattern JOB_ID = Pattern.compile("JobId=(\\d+)");
  private static final Pattern JOB_STATUS = Pattern.compile("(?i)jobstatus:\\s*(\\S)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final BaculaConfig config;
  private final BenchPorts ports;
  private final List<DaemonProcess> daemons = new ArrayList<>();

  private BaculaSystem(BaculaConfig config, BenchPorts ports) {
    this.config = config;
    this.ports = ports;
  }

  static boolean installed() {
    return BINARIES.stream().allMatch(Files::isExecutable);
  }

  static BaculaSystem start(Path home, List<Dataset> datasets) throws IOException, InterruptedException {
    BenchPorts ports = BenchPorts.pick();
    BaculaConfig config = new BaculaConfig(home, ports);
    config.write(datasets);
    config.createCatalog();
    BaculaSystem system = new BaculaSystem(config, ports);
    try {
      system.launch("bacula-sd", "bacula-sd.conf", home, ports.storage());
      system.launch("bacula-fd", "bacula-fd.conf", home, ports.fileDaemon());
      system.launch("bacula-dir", "bacula-dir.conf", home, ports.director());
    } catch (IOException | InterruptedException | RuntimeException e) {
      system.close();
      throw e;
    }
    return system;
  }

  private void launch(String daemon, String configFile, Path home, int port) throws IOException, InterruptedException {
    daemons.add(DaemonProcess.start(daemon,
        List.of("/usr/sbin/" + daemon, "-f", "-c", config.etc().resolve(configFile).toString()), Map.of(),
        home.resolve(daemon + ".log"), Optional.empty(), port, START_TIMEOUT));
  }

  @Override
  public String name() {
    return "Bacula 9.6";
  }

  @Override
  public List<DaemonProcess> daemons() {
    return daemons;
  }

  @Override
  public JobTiming timed(String command) throws IOException, InterruptedException {
    try (ConnectionWatch watch = ConnectionWatch.start(ports.daemonPorts())) {
      long sent = System.nanoTime();
      String output = bconsole(command + "\nwait\n");
      long wall = System.nanoTime() - sent;
      Matcher id = JOB_ID.matcher(output);
      if (!id.find()) {
        throw new IOException("'" + command + "' started no Bacula job:\n" + output);
      }
      long jobId = Long.parseLong(id.group(1));
      ConnectionWatch.Window window = watch.finish(sent);
      String record = bconsole("llist jobid=" + jobId + "\n");
      Matcher status = JOB_STATUS.matcher(record);
      if (!status.find() || !status.group(1).equals("T")) {
        throw new IOException("Bacula JobId " + jobId + " did not end OK:\n" + record + "\n"
            + bconsole("list joblog jobid=" + jobId + "\n"));
      }
      return new JobTiming(jobId, wall, window);
    }
  }

  /** What starting bconsole and logging in costs, included in each Bacula wall time: the median of 5 logins. */
  long consoleOverheadNanos() throws IOException, InterruptedException {
    long[] nanos = new long[5];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      bconsole("");
      nanos[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(nanos);
    return nanos[nanos.length / 2];
  }

  private String bconsole(String commands) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("/usr/sbin/bconsole", "-n", "-c", config.etc().resolve("bconsole.conf")
        .toString()).redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write((commands + "quit\n").getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IOException("bconsole failed:\n" + output);
    }
    return output;
  }

  @Override
  public void close() throws InterruptedException {
    stopDaemons();
  }
}
