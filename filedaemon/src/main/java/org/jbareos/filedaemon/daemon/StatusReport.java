package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Signal;

/**
 * The answer to {@code status} ({@code filed/status.cc OutputStatus}, PROTOCOL.md §5.1): text lines, then an EOD.
 * The header names the daemon, its version and start ({@code <name> Version: ...}, {@code Daemon started ... Jobs:
 * run=.. running=..}), then the running jobs with their counters. This File Daemon keeps no list of terminated jobs,
 * so that section is left out.
 */
final class StatusReport {

  /** {@code bstrftime_nc}: {@code 22-Nov-26 02:09}. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MMM-yy HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final BareosConnection director;
  private final FileDaemonServices services;

  StatusReport(BareosConnection director, FileDaemonServices services) {
    this.director = director;
    this.services = services;
  }

  void send() throws IOException {
    FileDaemonVersion version = services.version();
    var running = services.jobs().all();
    director.send(services.name() + " Version: " + version.full() + " (" + version.date() + ") "
        + version.osInfo() + "\n");
    director.send("Daemon started " + time(services.started()) + ". Jobs: run=" + services.jobs().finishedCount()
        + " running=" + running.size() + ", jbareos binary\n");
    director.send("\nRunning Jobs:\n");
    if (running.isEmpty()) {
      director.send("No Jobs running.\n");
    }
    for (JobSession job : running) {
      director.send("JobId " + job.jobId() + " Job " + job.jobName() + " is running.\n");
      String level = job.level().isEmpty() ? "" : capitalized(job.level()) + " ";
      director.send("    " + level + "Job started: " + time(job.started()) + "\n");
      director.send("    Files=" + withCommas(job.jobFiles()) + " Bytes=" + withCommas(job.jobBytes())
          + " Errors=" + job.jobErrors() + "\n");
      director.send(job.storage().map(sd -> "    SDSocket connected to " + sd.address() + ":" + sd.port() + "\n")
          .orElse("    SDSocket closed.\n"));
    }
    director.send("====\n");
    director.signal(Signal.EOD);
  }

  private static String time(Instant instant) {
    return TIME.format(instant);
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String withCommas(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
