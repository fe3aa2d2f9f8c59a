package org.jbareos.storage.job;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirsd.SdRefusal;
import org.jbareos.protocol.status.StatusText;
import org.jbareos.storage.device.Device;

/**
 * The answer to {@code status <devices>} ({@code stored/status.cc StatusCmd}, PROTOCOL.md §6.1): an empty line, the
 * header, the job inventory, the jobs waiting for a drive, the terminated jobs, the devices the Director's Storage
 * resource names (comma-separated, blanks sent as {@code 0x01}) and the used volumes, each piece a frame, then an
 * EOD. The Director relays it to the console as it is.
 *
 * <pre>
 * bareos-sd Version: 26.0.0 (jbareos) (22 November 2026) Linux 6.1 \n
 * Daemon started 22-Nov-26 02:08. Jobs: run=1, running=0, jbareos binary
 *  Sizes: boffset_t=8 size_t=8 int32_t=4 int64_t=8 bwlimit=0kB/s
 *
 * Job inventory:
 *
 * No Jobs running.
 * ====
 *
 * Jobs waiting to reserve a drive:
 * ====
 *
 * Terminated Jobs:
 * ...
 * Device status:
 *
 * Device "FileStorage" (/srv/bareos-test/storage) is not open.
 * ==
 * ====
 *
 * Used Volume status:
 * ====
 *
 * ====
 * </pre>
 *
 * A File device is open only while a job holds it here; this SD does not keep a mounted volume between jobs.
 */
final class StatusReport {
  private static final int POINTER_SIZE = 8;
  private static final char BASHED_SPACE = 0x01;

  private final BareosConnection director;
  private final JobServices services;

  StatusReport(BareosConnection director, JobServices services) {
    this.director = director;
    this.services = services;
  }

  /**
   * Answers {@code status <devices>}; a command without the device argument gets {@code 3900 No arg in status
   * command: <command>} and EOD, and the session ends (false).
   */
  boolean answer(String command) throws IOException {
    String prefix = "status ";
    if (!command.startsWith(prefix) || command.strip().length() <= "status".length()) {
      director.send(SdRefusal.STATUS_WITHOUT_ARGUMENT.format(command));
      director.signal(Signal.EOD);
      return false;
    }
    List<String> devices = Arrays.stream(command.substring(prefix.length()).strip()
        .replace(BASHED_SPACE, ' ').split(",")).toList();
    director.send("\n");
    header();
    runningJobs();
    director.send("\nJobs waiting to reserve a drive:\n");
    director.send("====\n");
    for (String frame : services.jobs().terminated().table(67, true)) {
      director.send(frame);
    }
    devices(devices);
    director.send("Used Volume status:\n");
    director.send("====\n\n");
    director.send("====\n\n");
    director.signal(Signal.EOD);
    return true;
  }

  private void header() throws IOException {
    StorageDaemonIdentity identity = services.identity();
    director.send(identity.name() + " Version: " + identity.versionText() + " \n");
    LocalDateTime started = LocalDateTime.ofInstant(Instant.ofEpochSecond(services.jobs().volSessionTime()),
        identity.clock().getZone());
    long running = services.jobs().all().stream().filter(j -> j.jobId() != 0).count();
    director.send("Daemon started " + StatusText.shortTime(started) + ". Jobs: run="
        + services.jobs().finishedCount() + ", running=" + running + ", jbareos binary\n");
    director.send(String.format(Locale.ROOT, " Sizes: boffset_t=%d size_t=%d int32_t=%d int64_t=%d bwlimit=%skB/s\n",
        POINTER_SIZE, POINTER_SIZE, Integer.BYTES, Long.BYTES, StatusText.withCommas(0)));
  }

  /** {@code ListRunningJobs}: jobs waiting for their FD, and jobs that hold a device with their counters. */
  private void runningJobs() throws IOException {
    director.send("\nJob inventory:\n\n");
    boolean found = false;
    for (SdJob job : services.jobs().all()) {
      if (job.status() == JobStatus.WAIT_FD) {
        director.send(job.command().jobType().meaning() + " Job " + job.job() + " waiting for Client connection.\n");
      }
      boolean holdsDevice = services.devices().all().stream()
          .anyMatch(d -> d.reservedBy().filter(job.job()::equals).isPresent());
      if (!holdsDevice) {
        continue;
      }
      found = true;
      director.send("JobId=" + job.jobId() + " Level=" + job.command().jobLevel().meaning() + " Type="
          + job.command().jobType().meaning() + " Name=" + StatusText.jobNameBase(job.job()) + " Status="
          + job.status().meaning() + "\n");
      director.send("    Files=" + StatusText.withCommas(job.jobFiles()) + " Bytes="
          + StatusText.withCommas(job.jobBytes()) + "\n");
      if (!job.fileDaemonAttached()) {
        director.send("    FDSocket closed\n\n");
      }
    }
    if (!found) {
      director.send("No Jobs running.\n");
    }
    director.send("====\n");
  }

  /** {@code ListDevices} for the devices named, in the SD's configuration order. */
  private void devices(List<String> names) throws IOException {
    director.send("\nDevice status:\n");
    for (Device device : services.devices().all()) {
      if (!names.contains(device.name())) {
        continue;
      }
      if (device.reservedBy().isPresent()) {
        director.send("\nDevice " + device.printName() + " open but no Bareos volume is currently mounted.\n");
      } else {
        director.send("\nDevice " + device.printName() + " is not open.\n");
      }
      director.send("==\n");
    }
    director.send("====\n\n");
  }
}
