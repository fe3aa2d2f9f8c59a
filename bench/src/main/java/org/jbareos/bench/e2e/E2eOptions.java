package org.jbareos.bench.e2e;

import java.nio.file.Path;

/**
 * The benchmark's command line.
 *
 * @param projectRoot the checkout, for {@code bin/jbareos}
 * @param workdir where data sets, configurations, volumes and restores go (wiped first)
 * @param smoke tiny data sets, to check that the benchmark works
 * @param repeat rounds over each data set; the best is reported
 * @param bacula also run Bacula 9.6
 * @param tlsPsk jbareos's links with TLS-PSK (Bacula 9.6 has no TLS-PSK, so the default is cleartext)
 * @param jsonCalls timed {@code list jobs} calls over the JSON API
 * @param keep keep the work directory afterwards (logs, configurations, volumes)
 * @param only the one data set to run ({@code large} or {@code small}), or all when empty
 * @param flightRecording record each jbareos daemon with Java Flight Recorder ({@code <daemon>.jfr} in its home)
 * @param trace each jbareos daemon writes its network trace ({@code <daemon>.trace} in its home)
 */
record E2eOptions(Path projectRoot, Path workdir, boolean smoke, int repeat, boolean bacula, boolean tlsPsk,
    int jsonCalls, boolean keep, java.util.Optional<String> only, boolean flightRecording, boolean trace) {

  static final String USAGE = """
      usage: bench/run-e2e [--smoke] [--repeat N] [--no-bacula] [--tls-psk] [--workdir DIR] [--keep]
        --smoke       tiny data sets (4 x 1 MiB, 100 small files): checks that everything works in a minute
        --repeat N    rounds over each data set, best reported (default 1)
        --no-bacula   only tar and jbareos
        --tls-psk     jbareos links with TLS-PSK (default cleartext, as Bacula 9.6)
        --workdir DIR where data, volumes and restores go, wiped first (default bench/target/e2e)
        --keep        keep the work directory (daemon logs, configurations, volumes)
        --only NAME   one data set only: large or small
        --jfr         profile jbareos's daemons with Java Flight Recorder (implies --keep):
                      <workdir>/jbareos/<daemon>.jfr, read with: jfr print --events jdk.ExecutionSample FILE
        --trace       jbareos's daemons write their network traces (implies --keep): <workdir>/jbareos/<daemon>.trace""";

  static E2eOptions parse(String[] args) {
    Path root = Path.of(System.getProperty("jbareos.root", ".")).toAbsolutePath().normalize();
    Path workdir = root.resolve("bench/target/e2e");
    boolean smoke = false;
    int repeat = 1;
    boolean bacula = true;
    boolean tlsPsk = false;
    boolean keep = false;
    boolean flightRecording = false;
    boolean trace = false;
    java.util.Optional<String> only = java.util.Optional.empty();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--smoke" -> smoke = true;
        case "--repeat" -> repeat = Integer.parseInt(value(args, ++i, "--repeat"));
        case "--no-bacula" -> bacula = false;
        case "--tls-psk" -> tlsPsk = true;
        case "--workdir" -> workdir = Path.of(value(args, ++i, "--workdir")).toAbsolutePath().normalize();
        case "--keep" -> keep = true;
        case "--only" -> only = java.util.Optional.of(value(args, ++i, "--only"));
        case "--trace" -> {
          trace = true;
          keep = true;
        }
        case "--jfr" -> {
          flightRecording = true;
          keep = true;
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    return new E2eOptions(root, workdir, smoke, repeat, bacula, tlsPsk, smoke ? 20 : 200, keep, only,
        flightRecording, trace);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
