package org.jbareos.director.console;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.director.DirectorVersion;
import org.jbareos.director.TerminatedJob;
import org.jbareos.protocol.JobLevel;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.status.StatusText;

/**
 * {@code status} ({@code StatusCmd}, {@code dird/ua_status.cc}): {@code director}, {@code client=<name>} and {@code
 * storage=<name>} (the daemon's own report relayed), {@code all} (all three kinds).
 *
 * <p>{@code status director} ({@code DoDirectorStatus}): header, scheduled jobs, running
 * jobs (consoles are listed as {@code Console connected at ...}), terminated jobs, and the client initiated
 * connections table (PROTOCOL.md §9), then {@code ====}. JSON: {@code header}, {@code scheduled}, {@code running},
 * {@code terminated}, {@code client-connection} (PROTOCOL.md §4.3).
 */
final class StatusCommand implements ConsoleCommand {
  private static final System.Logger LOG = System.getLogger(StatusCommand.class.getName());
  private static final String SEPARATOR20 = "====================";

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    for (int i = 1; i < line.size(); i++) {
      String word = line.key(i).toLowerCase(Locale.ROOT);
      if (word.equals("all")) {
        allStatus(session);
        return true;
      }
      if (word.startsWith("dir")) {
        directorStatus(session);
        return true;
      }
      if (word.equals("client")) {
        Optional<ClientResource> client = clientOf(session, line);
        if (client.isPresent()) {
          clientStatus(session, client.get());
        }
        return true;
      }
      if (word.startsWith("sched") || word.startsWith("sub") || word.startsWith("conf")) {
        session.output().error("%s: this status is not available in jbareos yet.\n", line.text().strip());
        return false;
      }
      Optional<StorageResource> storage = storageOf(session, line);
      if (storage.isPresent()) {
        storageStatus(session, storage.get());
      }
      return true;
    }
    session.output().error("%s: name what to show (director, client=<name>, storage=<name> or all); jbareos does not"
        + " prompt.\n", line.text().strip());
    return false;
  }

  /**
   * {@code get_client_resource}: the {@code client=} or {@code fd=} Client; a name that does not exist is an error,
   * and then, as without a name, the only Client is selected automatically ({@code DoPrompt}), else none.
   */
  private static Optional<ClientResource> clientOf(ConsoleSession session, CommandLine line) throws IOException {
    DirectorConfig config = session.director().config();
    for (int i = 1; i < line.size(); i++) {
      String key = line.key(i);
      if ((key.equalsIgnoreCase("client") || key.equalsIgnoreCase("fd")) && line.value(i).isPresent()) {
        Optional<ClientResource> client = config.client(line.value(i).get());
        if (client.isPresent()) {
          return client;
        }
        session.output().error("Error: Client resource %s does not exist.\n", line.value(i).get());
        break;
      }
    }
    return onlyOne(session, config.clients(), "Client", ClientResource::name);
  }

  /**
   * {@code get_storage_resource}: the {@code storage=} or {@code sd=} Storage; an unknown name is an error ({@code
   * Storage resource "X": not found}), and then, as without a name, the only Storage is selected automatically.
   */
  static Optional<StorageResource> storageOf(ConsoleSession session, CommandLine line) throws IOException {
    DirectorConfig config = session.director().config();
    for (int i = 1; i < line.size(); i++) {
      String key = line.key(i);
      if ((key.equalsIgnoreCase("storage") || key.equalsIgnoreCase("sd")) && line.value(i).isPresent()) {
        String name = line.value(i).get();
        Optional<StorageResource> storage = config.storage(name);
        if (storage.isPresent()) {
          return storage;
        }
        session.output().error("Storage resource \"%s\": not found\n", name);
        break;
      }
    }
    return onlyOne(session, config.storages(), "Storage", StorageResource::name);
  }

  /**
   * {@code DoPrompt} with one choice selects it ({@code Automatically selected <what>: <name>}, text mode only); with
   * more, Bareos asks, which jbareos does not: the command says so and does nothing.
   */
  static <T> Optional<T> onlyOne(ConsoleSession session, List<T> resources, String what,
      java.util.function.Function<T, String> name) throws IOException {
    if (resources.size() == 1) {
      if (session.output().mode() == ApiMode.OFF) {
        session.output().send("Automatically selected %s: %s\n", what, name.apply(resources.getFirst()));
      }
      return Optional.of(resources.getFirst());
    }
    session.output().error("Name the %s with %s=<name>: jbareos does not prompt for a selection.\n", what,
        what.toLowerCase(Locale.ROOT));
    return Optional.empty();
  }

  /**
   * {@code DoNativeClientStatus} ({@code dird/fd_cmds.cc}): {@code Connecting to Client ...} (text mode), then what
   * the connection and the FD's {@code status} say, relayed frame by frame; a Client that cannot be reached gives
   * {@code Failed to connect to Client <name>.} In JSON mode the relayed text is plain output and so not in the
   * result, as in Bareos.
   */
  private static void clientStatus(ConsoleSession session, ClientResource client) throws IOException {
    ConsoleOutput out = session.output();
    if (out.mode() == ApiMode.OFF) {
      out.send("Connecting to Client %s at %s:%d\n", client.name(), client.address(), client.port());
    }
    try {
      relay(out, session.director().jobRunner().daemons().clientStatus(client.name()));
    } catch (DaemonControl.DaemonUnreachableException e) {
      LOG.log(System.Logger.Level.WARNING, "status client=" + client.name() + ": " + e.getMessage());
      out.send("\nFailed to connect to Client %s.\n====\n", client.name());
    }
  }

  /**
   * {@code DoNativeStorageStatus} ({@code dird/sd_cmds.cc}): {@code Connecting to Storage daemon ...} (text mode),
   * the cipher line, then the SD's answer to {@code status <devices>}; {@code Failed to connect to Storage daemon
   * <name>.} when it cannot be reached.
   */
  private static void storageStatus(ConsoleSession session, StorageResource storage) throws IOException {
    ConsoleOutput out = session.output();
    if (out.mode() == ApiMode.OFF) {
      out.send("Connecting to Storage daemon %s at %s:%d\n", storage.name(), storage.address(), storage.port());
    }
    try {
      relay(out, session.director().jobRunner().daemons().storageStatus(storage.name()));
    } catch (DaemonControl.DaemonUnreachableException e) {
      LOG.log(System.Logger.Level.WARNING, "status storage=" + storage.name() + ": " + e.getMessage());
      out.send("\nFailed to connect to Storage daemon %s.\n====\n", storage.name());
    }
  }

  private static void relay(ConsoleOutput out, List<String> frames) throws IOException {
    for (String frame : frames) {
      out.send(frame);
    }
  }

  /**
   * {@code DoAllStatus}: the Director, then each Storage and each Client once per address and port, in
   * configuration order.
   */
  private static void allStatus(ConsoleSession session) throws IOException {
    directorStatus(session);
    DirectorConfig config = session.director().config();
    Set<String> seen = new HashSet<>();
    for (StorageResource storage : config.storages()) {
      if (seen.add(storage.address() + ":" + storage.port())) {
        storageStatus(session, storage);
      }
    }
    seen.clear();
    for (ClientResource client : config.clients()) {
      if (seen.add(client.address() + ":" + client.port())) {
        clientStatus(session, client);
      }
    }
  }

  private static void directorStatus(ConsoleSession session) throws IOException {
    header(session);
    scheduled(session);
    running(session);
    terminated(session);
    clientConnections(session);
    session.output().send("====\n");
  }

  private static void header(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    DirectorServices d = session.director();
    DirectorVersion v = d.version();
    String started = StatusText.shortTime(d.daemonStarted());
    if (out.mode() == ApiMode.JSON) {
      out.objectStart("header");
      out.keyValue("director", d.directorName(), null);
      out.keyValue("version", v.full(), null);
      out.keyValue("release_date", v.date(), null);
      out.keyValue("os", v.operatingSystem(), null);
      out.keyValue("binary_info", v.binaryInfo(), null);
      out.keyValue("daemon_started", started, null);
      out.keyValue("jobs_run", d.recentJobs().jobsRun(), null);
      out.keyValue("jobs_running", d.jobRunner().runningJobs().size(), null);
      out.keyValue("config_warnings", !d.config().loaded().warnings().isEmpty(), null);
      out.objectEnd();
      return;
    }
    out.send("%s Version: %s (%s) %s\n", d.directorName(), v.full(), v.date(), v.operatingSystem());
    out.send("Daemon started %s. Jobs: run=%d, running=%d db:postgresql, %s binary\n", started,
        d.recentJobs().jobsRun(), d.jobRunner().runningJobs().size(), v.binaryInfo());
    if (!d.config().loaded().warnings().isEmpty()) {
      out.send("\nThere are WARNINGS for the director configuration!\nSee 'status configuration' for details.\n\n");
    }
  }

  private static void scheduled(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    out.arrayStart("scheduled");
    out.arrayEnd();
    if (out.mode() == ApiMode.OFF) {
      out.send("No Scheduled Jobs.\n");
      out.send("====\n");
    }
  }

  private static void running(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    if (out.mode() == ApiMode.OFF) {
      out.send("\nRunning Jobs:\n");
    }
    out.arrayStart("running");
    if (out.mode() == ApiMode.OFF) {
      for (LocalDateTime at : session.director().consoles().connectTimes()) {
        out.send("Console connected at %s\n", StatusText.shortTime(at));
      }
    }
    List<RunningJob> jobs = session.director().jobRunner().runningJobs();
    if (jobs.isEmpty()) {
      if (out.mode() == ApiMode.OFF) {
        out.send("No Jobs running.\n====\n");
      }
      out.arrayEnd();
      return;
    }
    if (out.mode() == ApiMode.OFF) {
      out.send(" JobId Level   Name                       Status\n");
      out.send("======================================================================\n");
    }
    for (RunningJob job : jobs) {
      String level = job.type() == JobType.RESTORE || job.type() == JobType.ADMIN || job.type() == JobType.ARCHIVE
          ? "      " : truncate(levelName(job.level()), 7);
      if (out.mode() == ApiMode.JSON) {
        out.objectStart(null);
        out.keyValue("jobid", job.jobId(), null);
        out.keyValue("name", job.job(), null);
        out.keyValue("level", level, null);
        out.keyValue("type", job.type().meaning(), null);
        out.keyValue("status", job.statusText(), null);
        out.keyValue("start_time", StatusText.shortTime(job.startTime()), null);
        out.keyValue("files", job.jobFiles(), null);
        out.keyValue("bytes", job.jobBytes(), null);
        out.objectEnd();
      } else if (out.mode() == ApiMode.ON) {
        out.send("%6d\t%-6s\t%-20s\t%s\t%s\n", job.jobId(), level, job.job(), job.statusText(), "");
      } else {
        out.send("%6d %-6s  %-20s %s\n", job.jobId(), level, job.job(), job.statusText());
      }
    }
    out.arrayEnd();
    if (out.mode() == ApiMode.OFF) {
      out.send("====\n");
    }
  }

  private static String truncate(String text, int length) {
    return text.length() > length ? text.substring(0, length) : text;
  }

  private static void terminated(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    List<TerminatedJob> jobs = session.director().recentJobs().recent();
    if (jobs.isEmpty()) {
      if (out.mode() == ApiMode.OFF) {
        out.send("No Terminated Jobs.\n");
      }
      out.arrayStart("terminated");
      out.arrayEnd();
      return;
    }
    if (out.mode() == ApiMode.OFF) {
      out.send("\nTerminated Jobs:\n");
      out.send(" JobId  Level    Files      Bytes   Status   Finished        Name \n");
      out.send("====================================================================\n");
    }
    out.arrayStart("terminated");
    for (TerminatedJob job : jobs) {
      String level = levelColumn(job);
      String status = statusText(job);
      String finished = StatusText.shortTime(job.endTime());
      if (out.mode() == ApiMode.JSON) {
        out.objectStart(null);
        out.keyValue("jobid", job.jobId(), null);
        out.keyValue("name", job.jobName(), null);
        out.keyValue("level", level, null);
        out.keyValue("type", job.type().meaning(), null);
        out.keyValue("status", status, null);
        out.keyValue("files", job.jobFiles(), null);
        out.keyValue("bytes", job.jobBytes(), null);
        out.keyValue("finished", finished, null);
        out.objectEnd();
      } else if (out.mode() == ApiMode.ON) {
        out.send("%6d\t%-6s\t%8s\t%10s\t%-7s\t%-8s\t%s\n", job.jobId(), level,
            StatusText.withCommas(job.jobFiles()), StatusText.withSuffix(job.jobBytes()), status, finished,
            job.jobName());
      } else {
        out.send("%6d  %-6s %8s %10s  %-7s  %-8s %s\n", job.jobId(), level,
            StatusText.withCommas(job.jobFiles()), StatusText.withSuffix(job.jobBytes()), status, finished,
            job.jobName());
      }
    }
    out.arrayEnd();
    if (out.mode() == ApiMode.OFF) {
      out.send("\n");
    }
  }

  /**
   * {@code ListConnectedClients}: rows {@code %-20s%-20d%-20d%-40s} (connect time, protocol, authenticated (always
   * 1), name), each followed by a blank line's newline; JSON {@code client-connection} objects.
   */
  private static void clientConnections(ConsoleSession session) throws IOException {
    ConsoleOutput out = session.output();
    out.decoration("\n");
    out.decoration("Client Initiated Connections (waiting for jobs):\n");
    out.decoration("%-20s%-20s%-20s%-40s\n", "Connect time", "Protocol", "Authenticated", "Name");
    out.decoration("%-20s%-20s%-20s%-20s%-20s\n", SEPARATOR20, SEPARATOR20, SEPARATOR20, SEPARATOR20, SEPARATOR20);
    out.arrayStart("client-connection");
    for (WaitingClients.WaitingClient client : session.director().waitingClients().waiting()) {
      String connected = StatusText.shortTime(client.connectTime());
      out.objectStart(null);
      out.keyValue("ConnectTime", connected, String.format(Locale.ROOT, "%-20s", connected));
      out.keyValue("protocol_version", client.protocolVersion(),
          String.format(Locale.ROOT, "%-20d", client.protocolVersion()));
      out.keyValue("authenticated", true, String.format(Locale.ROOT, "%-20d", 1));
      out.keyValue("name", client.name(), String.format(Locale.ROOT, "%-40s", client.name()));
      out.objectEnd();
      out.decoration("\n");
    }
    out.arrayEnd();
  }

  /** Restore, Admin and Archive jobs show four blanks; others the first 4 letters of {@code JobLevelToString}. */
  private static String levelColumn(TerminatedJob job) {
    if (job.type() == JobType.RESTORE || job.type() == JobType.ADMIN || job.type() == JobType.ARCHIVE) {
      return "    ";
    }
    String name = levelName(job.level());
    return truncate(name, 4);
  }

  /** {@code JobLevelToString} of {@code dird/dird_conf.cc} ({@code joblevels[]}). */
  static String levelName(JobLevel level) {
    return switch (level) {
      case FULL -> "Full";
      case BASE -> "Base";
      case INCREMENTAL -> "Incremental";
      case DIFFERENTIAL -> "Differential";
      case SINCE -> "Since";
      case VIRTUAL_FULL -> "VirtualFull";
      case VERIFY_CATALOG -> "Catalog";
      case VERIFY_INIT -> "InitCatalog";
      case VOLUME_TO_CATALOG -> "VolumeToCatalog";
      case DISK_TO_CATALOG -> "DiskToCatalog";
      case VERIFY_DATA -> "Data";
      case NONE -> "  (32)";
    };
  }

  private static String statusText(TerminatedJob job) {
    return switch (job.status()) {
      case CREATED -> "Created";
      case FATAL_ERROR, ERROR_TERMINATED -> "Error";
      case DIFFERENCES -> "Diffs";
      case CANCELED -> "Cancel";
      case TERMINATED -> "OK";
      case WARNINGS -> "OK -- with warnings";
      default -> "Other";
    };
  }
}
