package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.status.StatusText;

/**
 * The answer to {@code status} ({@code filed/status.cc StatusCmd}, PROTOCOL.md §5.1): an empty line, the header,
 * the running jobs and the terminated jobs table, each line a frame, then an EOD; the Director relays it to the
 * console as it is.
 *
 * <pre>
 * bareos-fd Version: 26.0.0 (jbareos 0.1.0) Debian GNU/Linux 12 (bookworm)
 * Daemon started 22-Nov-26 02:08. Jobs: run=1 running=0, jbareos binary
 *  Sizeof: boffset_t=8 size_t=8 debug=0 trace=0 bwlimit=0kB/s
 *
 * Running Jobs:
 * bareos-dir (director) connected at: 22-Nov-26 02:10
 * No Jobs running.
 * ====
 *
 * Terminated Jobs:
 *  JobId  Level    Files      Bytes   Status   Finished        Name
 * ======================================================================
 *      1  Full          11    307.2 K  OK       22-Nov-26 02:09 backup-bareos-fd
 * ====
 * </pre>
 *
 * The session asking is listed as {@code <director> (director) connected at:}, as Bareos lists its own Director
 * connection. This File Daemon does not track a job's last file name or its SD socket's sequence numbers, so a
 * running job's {@code Processing file:} and {@code SDReadSeqNo=} lines are left out.
 */
final class StatusReport {
  /** {@code sizeof(boffset_t)} and {@code sizeof(size_t)} on the 64-bit platforms Bareos supports. */
  private static final int POINTER_SIZE = 8;

  private final BareosConnection director;
  private final FileDaemonServices services;
  private final String directorName;
  private final Instant sessionStarted;

  StatusReport(BareosConnection director, FileDaemonServices services, String directorName, Instant sessionStarted) {
    this.director = director;
    this.services = services;
    this.directorName = directorName;
    this.sessionStarted = sessionStarted;
  }

  void send() throws IOException {
    director.send("\n");
    header();
    running();
    for (String frame : services.jobs().terminated().table(70, false)) {
      director.send(frame);
    }
    director.signal(Signal.EOD);
  }

  private void header() throws IOException {
    FileDaemonVersion version = services.version();
    director.send(services.name() + " Version: " + version.full() + " (" + version.date() + ") "
        + version.osInfo() + "\n");
    director.send("Daemon started " + time(services.started()) + ". Jobs: run=" + services.jobs().finishedCount()
        + " running=" + services.jobs().all().size() + ", jbareos binary\n");
    director.send(String.format(Locale.ROOT, " Sizeof: boffset_t=%d size_t=%d debug=%d trace=%d bwlimit=%skB/s\n",
        POINTER_SIZE, POINTER_SIZE, 0, 0, StatusText.withCommas(0)));
  }

  private void running() throws IOException {
    director.send("\nRunning Jobs:\n");
    boolean found = false;
    for (JobSession job : services.jobs().all()) {
      if (job.jobId() == 0) {
        continue;
      }
      found = true;
      director.send("JobId " + job.jobId() + " Job " + job.jobName() + " is running.\n");
      director.send("    " + StatusText.levelName(level(job.level())) + " " + job.type().meaning() + " Job started: "
          + time(job.started()) + "\n");
      long seconds = Math.max(1, Duration.between(job.started(), services.clock().instant()).toSeconds());
      director.send("    Files=" + StatusText.withCommas(job.jobFiles()) + " Bytes="
          + StatusText.withCommas(job.jobBytes()) + " Bytes/sec=" + StatusText.withCommas(job.jobBytes() / seconds)
          + " Errors=" + job.jobErrors() + "\n    Bwlimit=" + StatusText.withCommas(0) + "\n");
      director.send("    Files Examined=" + StatusText.withCommas(job.jobFiles()) + "\n");
      if (job.storage().isEmpty()) {
        director.send("    SDSocket closed.\n");
      }
    }
    director.send(directorName + " (director) connected at: " + time(sessionStarted) + "\n");
    if (!found) {
      director.send("No Jobs running.\n");
    }
    director.send("====\n");
  }

  /** The level word of the {@code level = } command as a level ({@code full}, {@code since}, ...). */
  static JobLevel level(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "full" -> JobLevel.FULL;
      case "incremental" -> JobLevel.INCREMENTAL;
      case "differential" -> JobLevel.DIFFERENTIAL;
      case "since" -> JobLevel.SINCE;
      case "base" -> JobLevel.BASE;
      default -> JobLevel.NONE;
    };
  }

  private String time(Instant instant) {
    Clock clock = services.clock();
    return StatusText.shortTime(LocalDateTime.ofInstant(instant, clock.getZone()));
  }
}
