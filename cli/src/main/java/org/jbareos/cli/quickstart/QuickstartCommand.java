package org.jbareos.cli.quickstart;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.jbareos.client.DirectorConsole;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.director.job.JobRequest;
import org.jbareos.director.job.JobResult;
import org.jbareos.protocol.JobLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jbareos quickstart}: the whole system on one machine in one command. It writes a configuration in Bareos's
 * layout, starts the Storage Daemon, the File Daemon and the Director (with its embedded catalog) in this JVM on
 * loopback ports, backs up a directory (a sample tree of awkward cases by default), restores it, checks the restore
 * byte for byte and attribute for attribute, and shows the job list as the console shows it. Exit code 0 only when
 * both jobs ended OK and the restore equals the source.
 */
@Command(name = "quickstart", mixinStandardHelpOptions = true,
    description = "Back up and restore a directory with a fresh Director, Storage Daemon and File Daemon on loopback.")
public final class QuickstartCommand implements Callable<Integer> {

  /** How many sets of ports a quick start tries before it gives up. */
  static final int PORT_ATTEMPTS = 3;

  @Spec CommandSpec spec;

  private final Supplier<LoopbackPorts> portPicker;

  public QuickstartCommand() {
    this(LoopbackPorts::pick);
  }

  /** With the ports' source given: tests hand out a taken port first. */
  QuickstartCommand(Supplier<LoopbackPorts> portPicker) {
    this.portPicker = portPicker;
  }

  @Option(names = "--source", paramLabel = "DIR",
      description = "The directory to back up (default: a sample tree made under the work directory).")
  Path source;

  @Option(names = "--workdir", paramLabel = "DIR",
      description = "Where to put configuration, catalog, volumes and the restore; wiped first"
          + " (default: ./.jbareos/quickstart).")
  Path workdir = Path.of(".jbareos", "quickstart");

  @Option(names = "--keep-running",
      description = "Leave the daemons running after the check, until Ctrl-C, to explore with the console.")
  boolean keepRunning;

  /** The sample tree's random file size; tests make it small. */
  @Option(names = "--sample-size-mb", hidden = true, defaultValue = "50")
  int sampleSizeMegabytes;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = workdir.toAbsolutePath().normalize();
    if (source != null) {
      Path given = source.toAbsolutePath().normalize();
      if (!Files.isDirectory(given)) {
        err.println("jbareos quickstart: --source " + source + " is not a directory");
        return 1;
      }
      if (given.startsWith(work) || work.startsWith(given)) {
        err.println("jbareos quickstart: --source " + given + " and --workdir " + work
            + " must not contain each other (the work directory is wiped and the restore lands in it)");
        return 1;
      }
    }
    QuickstartSite site = new QuickstartSite(work, source == null ? QuickstartSite.sampleSource(work) : source);
    Progress progress = new Progress(out);
    Passwords passwords = Passwords.random();

    try {
      QuickstartWorkdir.recreate(work);
    } catch (IOException e) {
      err.println("jbareos quickstart: " + e.getMessage());
      return 1;
    }
    if (source == null) {
      progress.begin("Creating a sample tree in " + site.source());
      SampleTree.create(site.source(), sampleSizeMegabytes);
      progress.done();
    }

    DaemonLogLevel.warningsOnly();
    QuickstartDaemons daemons;
    try {
      daemons = startOnFreePorts(site, passwords, progress);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::format).forEach(err::println);
      return 1;
    }
    boolean stopNow = true;
    try {
      int status = backupAndRestore(site, daemons, progress, out);
      listJobs(passwords, daemons, out);
      explain(site, out);
      if (keepRunning) {
        stopNow = false;
        keepRunning(daemons, site, progress, out);
      }
      return status;
    } finally {
      if (stopNow) {
        progress.begin("Stopping the daemons and the catalog");
        daemons.close();
        progress.done();
      }
    }
  }

  /**
   * Writes the configuration for three free ports and starts the daemons on them. The ports are free when picked
   * but another program may bind one before our daemon does; then the configuration is written again for new ports,
   * up to {@value #PORT_ATTEMPTS} times, instead of failing a newcomer's first run.
   */
  private QuickstartDaemons startOnFreePorts(QuickstartSite site, Passwords passwords, Progress progress)
      throws IOException, ConfigException {
    for (int attempt = 1; ; attempt++) {
      LoopbackPorts ports = portPicker.get();
      progress.begin("Writing the configuration to " + site.etc());
      new ConfigWriter(site, ports, passwords).write();
      progress.done("Director on " + LoopbackPorts.LOOPBACK + ":" + ports.director() + ", Storage Daemon on :"
          + ports.storage() + ", File Daemon on :" + ports.fileDaemon() + ", TLS-PSK on every link");
      try {
        return QuickstartDaemons.start(site, progress);
      } catch (IOException e) {
        if (!portTaken(e) || attempt == PORT_ATTEMPTS) {
          throw e;
        }
        progress.note("Another program took one of these ports meanwhile; picking new ones.");
      }
    }
  }

  private static boolean portTaken(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /** 0 when both jobs ended OK and the restore equals the source. */
  private int backupAndRestore(QuickstartSite site, QuickstartDaemons daemons, Progress progress, PrintWriter out)
      throws IOException, InterruptedException {
    progress.begin("Backing up " + site.source() + " (job " + ConfigWriter.BACKUP_JOB + ", Full)");
    JobResult backup = daemons.engine().start(JobRequest.Backup.of(ConfigWriter.BACKUP_JOB, JobLevel.FULL)).await();
    if (!ended(backup, progress, out)) {
      return 1;
    }
    progress.begin("Restoring JobId " + backup.jobId() + " to " + site.restore() + " (job "
        + ConfigWriter.RESTORE_JOB + ")");
    JobResult restore = daemons.engine()
        .start(JobRequest.Restore.ofJobs(ConfigWriter.RESTORE_JOB, List.of(backup.jobId()))).await();
    if (!ended(restore, progress, out)) {
      return 1;
    }
    progress.begin("Comparing " + site.restoredSource() + " with " + site.source());
    TreeComparison.Result comparison = TreeComparison.compare(site.source(), site.restoredSource());
    if (comparison.identical()) {
      progress.done(comparison.entries() + " entries identical (content, type, mode, owner, mtime, link targets)");
      return 0;
    }
    progress.failed(comparison.differences().size() + " of " + comparison.entries() + " entries differ:");
    comparison.differences().forEach(difference -> out.println("  " + difference));
    out.flush();
    return 1;
  }

  /** Finishes the job's progress line; a failed job's log is printed so the reason is on screen. */
  private static boolean ended(JobResult job, Progress progress, PrintWriter out) {
    if (job.isSuccessful()) {
      progress.done("JobId " + job.jobId() + ", " + job.jobFiles() + " files, " + Progress.bytes(job.jobBytes()));
      return true;
    }
    progress.failed("JobId " + job.jobId() + " ended with status " + job.status() + "; its job log:");
    job.log().forEach(line -> out.println("  " + line.stripTrailing()));
    out.flush();
    return false;
  }

  /** {@code list jobs} through the client library, over the same TLS-PSK console link bconsole uses. */
  private static void listJobs(Passwords passwords, QuickstartDaemons daemons, PrintWriter out)
      throws IOException {
    out.println();
    out.println("*list jobs");
    try (DirectorConsole console = DirectorConsole.builder().address(LoopbackPorts.LOOPBACK)
        .port(daemons.director().port()).directorName(ConfigWriter.DIRECTOR).password(passwords.console())
        .connect()) {
      out.print(console.call("list jobs"));
    }
    out.println();
    out.flush();
  }

  private static void explain(QuickstartSite site, PrintWriter out) {
    String etc = site.etc().toString();
    out.println("To explore further, with the configuration this run wrote:");
    out.println("  " + LauncherCommand.of("director", "-f", "-c", etc));
    out.println("  " + LauncherCommand.of("storage", "-f", "-c", etc));
    out.println("  " + LauncherCommand.of("filedaemon", "-f", "-c", etc));
    out.println("  " + LauncherCommand.of("console", "-c", site.etc().resolve("bconsole.conf").toString()));
    out.flush();
  }

  /** Leaves the daemons up until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes them. */
  private static void keepRunning(QuickstartDaemons daemons, QuickstartSite site, Progress progress,
      PrintWriter out) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println();
      progress.begin("Stopping the daemons and the catalog");
      try {
        daemons.close();
        progress.done();
      } catch (IOException e) {
        progress.failed(e.getMessage());
      }
      stopped.countDown();
    }));
    out.println();
    out.println("The daemons keep running. Attach the console in another terminal with:");
    out.println("  " + LauncherCommand.of("console", "-c", site.etc().resolve("bconsole.conf").toString()));
    out.println("Press Ctrl-C to stop them.");
    out.flush();
    stopped.await();
  }
}
