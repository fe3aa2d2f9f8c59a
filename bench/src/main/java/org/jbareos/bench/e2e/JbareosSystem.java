package org.jbareos.bench.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbareos.client.DirectorConsole;
import org.jbareos.client.DirectorConsoleJson;

/**
 * jbareos's three daemons, each its own JVM started by {@code bin/jbareos director|storage|filedaemon -f -c etc}
 * with a GC log, driven through one console connection of the client library ({@link DirectorConsole}) as an
 * operator's script would drive bconsole.
 */
final class JbareosSystem implements BackupSystem {
  private static final Pattern JOB_ID = Pattern.compile("JobId=(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final BenchPorts ports;
  private final boolean tlsPsk;
  private final boolean flightRecording;
  private final boolean trace;
  private final List<DaemonProcess> daemons = new ArrayList<>();
  private DirectorConsole console;

  private JbareosSystem(BenchPorts ports, boolean tlsPsk, boolean flightRecording, boolean trace) {
    this.trace = trace;
    this.ports = ports;
    this.tlsPsk = tlsPsk;
    this.flightRecording = flightRecording;
  }

  static JbareosSystem start(Path projectRoot, Path home, List<Dataset> datasets, boolean tlsPsk,
      boolean flightRecording, boolean trace) throws IOException, InterruptedException {
    BenchPorts ports = BenchPorts.pick();
    JbareosConfig config = new JbareosConfig(home, ports, tlsPsk);
    config.write(datasets);
    JbareosSystem system = new JbareosSystem(ports, tlsPsk, flightRecording, trace);
    try {
      Path launcher = projectRoot.resolve("bin/jbareos");
      system.launch(launcher, "storage", config.etc(), home, ports.storage());
      system.launch(launcher, "filedaemon", config.etc(), home, ports.fileDaemon());
      system.launch(launcher, "director", config.etc(), home, ports.director());
      system.console = system.consoleBuilder(DirectorConsole.builder()).connect();
    } catch (IOException | InterruptedException | RuntimeException e) {
      system.close();
      throw e;
    }
    return system;
  }

  private void launch(Path launcher, String daemon, Path etc, Path home, int port)
      throws IOException, InterruptedException {
    Path gcLog = home.resolve(daemon + "-gc.log");
    List<String> options = new ArrayList<>(HeapPeak.jvmOptions(gcLog));
    if (flightRecording) {
      options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + home.resolve(daemon + ".jfr"));
    }
    String javaOptions = String.join(" ", options);
    List<String> command = new ArrayList<>(List.of(launcher.toString(), daemon, "-f", "-c", etc.toString()));
    if (trace) {
      command.addAll(List.of("--trace", home.resolve(daemon + ".trace").toString()));
    }
    daemons.add(DaemonProcess.start("jbareos " + daemon, command,
        Map.of("JBAREOS_JAVA_OPTS", javaOptions), home.resolve(daemon + ".log"), Optional.of(gcLog), port,
        START_TIMEOUT));
  }

  private <T> T consoleBuilderConnect(org.jbareos.client.ConsoleBuilder<T> builder) throws IOException {
    return consoleBuilder(builder).connect();
  }

  private <T> org.jbareos.client.ConsoleBuilder<T> consoleBuilder(org.jbareos.client.ConsoleBuilder<T> builder) {
    return builder.address("127.0.0.1").port(ports.director()).directorName(BenchResources.DIRECTOR)
        .password(BenchResources.CONSOLE_PASSWORD).tlsPsk(tlsPsk);
  }

  @Override
  public String name() {
    return tlsPsk ? "jbareos (TLS-PSK)" : "jbareos";
  }

  @Override
  public List<DaemonProcess> daemons() {
    return daemons;
  }

  @Override
  public JobTiming timed(String command) throws IOException, InterruptedException {
    try (ConnectionWatch watch = ConnectionWatch.start(ports.daemonPorts())) {
      long sent = System.nanoTime();
      String queued = console.call(command);
      Matcher id = JOB_ID.matcher(queued);
      if (!id.find()) {
        throw new IOException("'" + command + "' started no job:\n" + queued);
      }
      long jobId = Long.parseLong(id.group(1));
      String waited = console.call("wait jobid=" + jobId);
      long wall = System.nanoTime() - sent;
      if (!waited.contains("(T)")) {
        throw new IOException("JobId " + jobId + " did not end OK:\n" + waited + "\n"
            + console.call("list joblog jobid=" + jobId));
      }
      return new JobTiming(jobId, wall, watch.finish(sent));
    }
  }

  /**
   * {@code list jobs} over the JSON API ({@code .api 2}, {@link DirectorConsoleJson}) {@code calls} times on one
   * connection, after a few untimed calls; sorted latencies in nanoseconds.
   */
  long[] listJobsLatencies(int calls) throws IOException {
    try (DirectorConsoleJson json = consoleBuilderConnect(DirectorConsoleJson.builder())) {
      for (int i = 0; i < 20; i++) {
        json.call("list jobs");
      }
      long[] nanos = new long[calls];
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        json.call("list jobs");
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      return nanos;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (console != null) {
      console.close();
    }
    stopDaemons();
  }
}
