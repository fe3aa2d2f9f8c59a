package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.FdSecureEraseReply;
import org.jbareos.protocol.dirfd.FileDaemonCommand;

/**
 * One authenticated Director session ({@code filed/dir_cmd.cc process_director_commands}, PROTOCOL.md §1.2, §5.1):
 *
 * <pre>
 *   2000 OK Hello 54
 *   loop: read a command ── a signal or EOF ───────────────────────────┐
 *         first table entry whose prefix matches (case-sensitive)      │
 *         ── none: 2999 Invalid command ─────────────────────────────┤
 *         run it ── it says stop (backup done, restore done, error) ──┤
 *                                                                      ▼
 *   TERMINATE to the SD (if connected); 2800 End Job (if JobId ≠ 0); queued job messages; TERMINATE to the Director
 * </pre>
 */
final class DirectorCommandLoop {

  private static final System.Logger LOG = System.getLogger(DirectorCommandLoop.class.getName());

  private final BareosConnection director;
  private final FileDaemonServices services;
  private final JobSession job;
  private final JobSetupCommands setup;

  private final String directorName;

  /**
   * @param directorName the Director resource that authenticated this session ({@code status} lists it)
   */
  DirectorCommandLoop(BareosConnection director, FileDaemonServices services, String directorName) {
    this.director = director;
    this.directorName = directorName;
    this.services = services;
    this.job = new JobSession(new JobMessages(director, services.name(), services.clock(), services.toDirector()),
        services.clock().instant());
    this.setup = new JobSetupCommands(director, job, services);
  }

  /** Runs a session the Director opened, to its end; the caller closes the connection. */
  void run() throws IOException {
    director.send(DirFdLine.HELLO_OK.wireText());
    Packet first;
    try {
      first = director.receive();
    } catch (IOException e) {
      LOG.log(Level.INFO, () -> "Director " + director.describePeer() + " gone: " + e.getMessage());
      return;
    }
    runFrom(first);
  }

  /**
   * Runs a session from its first command: on a client-initiated connection the Director's first message comes on
   * the waiting connection, with no {@code 2000 OK Hello} before it (PROTOCOL.md §9).
   */
  void runFrom(Packet first) throws IOException {
    try {
      commands(first);
    } catch (IOException e) {
      LOG.log(Level.INFO, () -> "Director " + director.describePeer() + " gone: " + e.getMessage());
      job.status(JobStatus.ERROR_TERMINATED);
    } finally {
      finish();
    }
  }

  private void commands(Packet first) throws IOException {
    for (Packet packet = first; ; packet = director.receive()) {
      if (!(packet instanceof Packet.Message message)) {
        return;
      }
      String text = asCString(message.text());
      Optional<FileDaemonCommand> command = FileDaemonCommand.of(text);
      if (command.isEmpty()) {
        director.send(DirFdLine.INVALID_COMMAND.wireText());
        return;
      }
      if (!execute(command.get(), text)) {
        return;
      }
    }
  }

  /** Runs one command; false ends the session. */
  private boolean execute(FileDaemonCommand command, String text) throws IOException {
    return switch (command) {
      case JOB -> setup.jobId(text);
      case LEVEL -> setup.level(text);
      case FILESET -> setup.fileSet();
      case STORAGE -> setup.storage(text);
      case ACCURATE -> setup.accurate(text);
      case GET_SECURE_ERASE_CMD -> {
        director.send(new FdSecureEraseReply(FdSecureEraseReply.NONE).wireText());
        yield true;
      }
      case BACKUP -> {
        job.type(JobType.BACKUP);
        yield new BackupJob(director, job, services).run(text);
      }
      case RESTORE -> {
        job.type(JobType.RESTORE);
        yield new RestoreJob(director, job, services).run(text);
      }
      case END_RESTORE -> false;
      case VERIFY -> {
        job.type(JobType.VERIFY);
        yield new VerifyVolumeJob(director, job, services).run(text);
      }
      case ESTIMATE -> new EstimateJob(director, job, services).run(text);
      case STATUS -> {
        new StatusReport(director, services, directorName, job.started()).send();
        yield true;
      }
      case CANCEL -> {
        new CancelRequest(director, services.jobs()).answer(text);
        yield true;
      }
      default -> refuse(command);
    };
  }

  /**
   * A command of the table that this File Daemon does not implement: answered as Bareos answers a command it
   * cannot carry out ({@code 2902 Bad <command>}), with a job message saying why, and the session ends.
   */
  private boolean refuse(FileDaemonCommand command) throws IOException {
    String name = command.prefix().strip().replace("=", "").toLowerCase(Locale.ROOT);
    job.messages().send(JobMessage.M_FATAL, "Command \"" + command.prefix().strip()
        + "\" is not supported by this File Daemon (jbareos).\n");
    job.status(JobStatus.ERROR_TERMINATED);
    director.send("2902 Bad " + name + "\n");
    return false;
  }

  private void finish() {
    job.storage().ifPresent(StorageConnection::terminate);
    try {
      if (job.jobId() != 0) {
        director.send(job.endJobReport().wireText());
      }
      job.messages().flush();
      director.signal(Signal.TERMINATE);
    } catch (IOException e) {
      LOG.log(Level.INFO, () -> "End of job not sent to the Director: " + e.getMessage());
    } finally {
      job.storage().ifPresent(StorageConnection::close);
      services.jobs().remove(job, LocalDateTime.now(services.clock()));
    }
  }

  /** The daemons read commands as C strings: anything after a NUL is not seen (PROTOCOL.md §1). */
  private static String asCString(String text) {
    int nul = text.indexOf('\0');
    return nul < 0 ? text : text.substring(0, nul);
  }
}
