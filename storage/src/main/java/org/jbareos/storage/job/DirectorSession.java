package org.jbareos.storage.job;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.ConnectionClosedException;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.bootstrap.Bootstrap;
import org.jbareos.protocol.dirsd.DirSdLine;
import org.jbareos.protocol.dirsd.JobEndMessage;
import org.jbareos.protocol.dirsd.JobStartMessage;
import org.jbareos.protocol.dirsd.SdCancelReply;
import org.jbareos.protocol.dirsd.SdJobCommand;
import org.jbareos.protocol.dirsd.SdJobReply;
import org.jbareos.protocol.dirsd.SdRefusal;
import org.jbareos.protocol.dirsd.SdSecureEraseReply;
import org.jbareos.protocol.dirsd.StorageDaemonCommand;
import org.jbareos.protocol.dirsd.UseDeviceReply;
import org.jbareos.storage.device.Device;
import org.jbareos.storage.device.ReservationDialog;
import org.jbareos.storage.device.ReservationRequest;
import org.jbareos.storage.device.VolumeCatalogClient;

/**
 * The Storage Daemon's side of an authenticated Director connection ({@code stored/dir_cmd.cc:HandleConnectionRequest}
 * command loop, PROTOCOL.md §6.1), for the job commands:
 *
 * <pre>
 * JobId=1 job=... (19 fields)        -&gt; 3000 OK Job SDid=&lt;VolSessionId&gt; SDtime=&lt;SD start&gt; Authorization=&lt;key&gt;
 * getSecureEraseCmd                  -&gt; 2000 OK SDSecureEraseCmd *None* \n
 * use storage=... / use device=... / EOD / EOD
 *                                    -&gt; [Jmsg Using just in time reservation] 3000 OK use device device=...
 * bootstrap / lines / EOD            -&gt; 3000 OK bootstrap
 * run                                -&gt; Status JobStatus=70, (File Daemon) 3010 Job .. start, Status 82, Jmsg Version,
 *                                       ... the job ..., 3099 Job .. end ..., EOD, TERMINATE, EOD, TERMINATE
 * cancel Job=&lt;job|JobId&gt;         -&gt; 3000 JobId=.. Job=".." marked to be canceled. | 3904 Job .. not found., EOD
 * pluginoptions ...                  -&gt; 2000 OK plugin options
 * status &lt;devices&gt;                  -&gt; the status report ({@link StatusReport}), EOD
 * label ... / mount ...              -&gt; 3000 OK label. ... / 3906 File device ... ({@link LabelRequest}), EOD
 * anything else                      -&gt; 3900 Invalid command: &lt;command&gt;\n, TERMINATE
 * </pre>
 *
 * A command that fails ({@code 3915 Bad Job command}, {@code 3913 Bad use command}, {@code 3924 Device ... not in SD
 * Device resources}, {@code 3904 Error bootstrap}) ends the session with {@code BNET_TERMINATE}, as the C loop quits
 * when a command returns false. The other Director commands of the table ({@code relabel}, {@code unmount}, ...) are
 * not served here and get the {@code 3900} answer.
 */
public final class DirectorSession {
  private final BareosConnection director;
  private final JobServices services;
  private SdJob job;
  private DirectorMessenger messages;
  private VolumeCatalogClient catalog;

  public DirectorSession(BareosConnection director, JobServices services) {
    this.director = Objects.requireNonNull(director, "director");
    this.services = Objects.requireNonNull(services, "services");
  }

  /** The job this session created, once {@code JobId=} arrived. */
  public Optional<SdJob> job() {
    return Optional.ofNullable(job);
  }

  /** Serves commands until the job ended, a command failed or the Director hung up; then closes the connection. */
  public void run() throws IOException {
    boolean jobEnded = false;
    try {
      while (true) {
        Packet packet;
        try {
          packet = director.receive();
        } catch (ConnectionClosedException e) {
          return;
        }
        if (!(packet instanceof Packet.Message m) || m.length() == 0) {
          break;
        }
        String command = TextMessage.decode(m.payload());
        Optional<StorageDaemonCommand> known = StorageDaemonCommand.of(command);
        if (known.isEmpty() || (job == null && needsJob(known.get()))) {
          director.send(SdRefusal.INVALID_COMMAND.format(command));
          break;
        }
        if (known.get() == StorageDaemonCommand.RUN) {
          runJob();
          jobEnded = true;
          break;
        }
        if (!execute(known.get(), command)) {
          break;
        }
      }
      endSession(jobEnded);
    } finally {
      if (job != null) {
        services.jobs().ended(job, LocalDateTime.now(services.identity().clock()));
        job.releaseFileDaemon();
      }
      director.close();
    }
  }

  private static boolean needsJob(StorageDaemonCommand command) {
    return command == StorageDaemonCommand.RUN || command == StorageDaemonCommand.USE_STORAGE
        || command == StorageDaemonCommand.BOOTSTRAP;
  }

  private boolean execute(StorageDaemonCommand command, String text) throws IOException {
    return switch (command) {
      case JOB -> jobCommand(text);
      case GET_SECURE_ERASE_CMD -> {
        director.send(new SdSecureEraseReply(SdSecureEraseReply.NONE).toWire());
        yield true;
      }
      case USE_STORAGE -> useStorage(text);
      case BOOTSTRAP -> bootstrap();
      case CANCEL -> cancel(text);
      case STATUS -> new StatusReport(director, services).answer(text);
      case LABEL -> new LabelRequest(director, services).label(text);
      case MOUNT -> new LabelRequest(director, services).mount(text);
      case PLUGIN_OPTIONS -> {
        director.send(DirSdLine.PLUGIN_OPTIONS_OK.toWire());
        yield true;
      }
      default -> {
        director.send(SdRefusal.INVALID_COMMAND.format(text));
        yield false;
      }
    };
  }

  /**
   * {@code JobId=}: a new job ({@code stored/job.cc:job_cmd}). A command that does not scan gets {@code 3915 Bad Job
   * command. stat=-1 CMD: <command>}: {@code lib/scan.cc:bsscanf} returns -1 on any literal that does not match (the
   * end of a cut-short command included) and otherwise converts all 19 fields, so the stat Bareos reports is -1.
   */
  private boolean jobCommand(String text) throws IOException {
    SdJobCommand command;
    try {
      command = SdJobCommand.parse(text);
    } catch (ProtocolException e) {
      director.send(SdRefusal.BAD_JOB_COMMAND.format(-1, text));
      return false;
    }
    if (job != null) {
      services.jobs().remove(job);
      job.releaseFileDaemon();
    }
    job = services.jobs().create(command);
    messages = new DirectorMessenger(director, job, services.identity());
    catalog = new VolumeCatalogClient(director, job.job());
    director.send(new SdJobReply(job.volSessionId(), job.volSessionTime(), job.sessionKey()).toWire());
    return true;
  }

  /**
   * The reservation ({@code stored/reserve.cc:UseDeviceCmd}): a native backup gets a just-in-time reservation (the
   * device is chosen when data arrives); a read reserves a device now.
   */
  private boolean useStorage(String text) throws IOException {
    ReservationRequest request;
    try {
      request = ReservationDialog.read(text, director);
    } catch (ReservationDialog.BadUseCommandException e) {
      messages.fatal("Failed command: " + e.line() + (e.line().endsWith("\n") ? "" : "\n"));
      director.send(SdRefusal.BAD_USE_COMMAND.format(e.line()));
      return false;
    }
    job.setReservation(request);
    boolean append = request.append();
    if (append && job.command().protocol() == 0) {
      messages.info("Using just in time reservation for job " + job.jobId() + "\n");
      director.send(new UseDeviceReply(UseDeviceReply.JUST_IN_TIME).toWire());
      return true;
    }
    Optional<Device> device;
    try (WaitHeartbeat heartbeat = WaitHeartbeat.start(services.heartbeatInterval(), director)) {
      device = services.devices().reserve(request, append, job.job(), services.deviceWait());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      device = Optional.empty();
    }
    if (device.isEmpty()) {
      String wanted = request.storages(append).stream().flatMap(s -> s.deviceNames().stream())
          .reduce((a, b) -> b).orElse("");
      messages.fatal("Device reservation failed for JobId=" + job.jobId() + ": " + text
          + (text.endsWith("\n") ? "" : "\n"));
      director.send(SdRefusal.NO_DEVICE.format(wanted));
      return false;
    }
    if (!append) {
      job.setReadDevice(device.get());
    }
    director.send(new UseDeviceReply(device.get().name()).toWire());
    return true;
  }

  /**
   * {@code cancel Job=<job or JobId>} ({@code stored/dir_cmd.cc:CancelCmd}): {@code 3000 JobId=%u Job="%s" marked to
   * be canceled.\n}, {@code 3904 Job %s not found.\n} or {@code 3903 Error scanning cancel command.\n}, then EOD;
   * the session goes on.
   */
  private boolean cancel(String text) throws IOException {
    String name = text.startsWith("cancel Job=") ? text.substring("cancel Job=".length()).strip() : "";
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      director.send(SdCancelReply.SCAN_ERROR);
    } else {
      Optional<SdJob> target = name.chars().allMatch(Character::isDigit)
          ? services.jobs().find(Long.parseLong(name))
          : services.jobs().find(name);
      target.ifPresent(SdJob::cancel);
      director.send(target.map(job -> new SdCancelReply(job.jobId(), job.job(), true))
          .orElseGet(() -> new SdCancelReply(0, name, false)).toWire());
    }
    director.signal(Signal.EOD);
    return true;
  }

  /** {@code bootstrap\n}, one frame per line, EOD ({@code stored/dir_cmd.cc:BootstrapCmd}). */
  private boolean bootstrap() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Packet p; (p = director.receive()) instanceof Packet.Message m; ) {
      lines.add(TextMessage.decode(m.payload()));
    }
    try {
      job.setBootstrap(Bootstrap.parse(lines));
    } catch (ProtocolException | IllegalArgumentException e) {
      director.send(DirSdLine.BOOTSTRAP_ERROR.toWire());
      return false;
    }
    director.send(DirSdLine.BOOTSTRAP_OK.toWire());
    return true;
  }

  /** {@code run}: wait for the File Daemon, serve it, report the end ({@code stored/fd_cmds.cc:RunJob}). */
  private void runJob() throws IOException {
    messages.status(JobStatus.WAIT_FD);
    Optional<BareosConnection> fileDaemon;
    try {
      fileDaemon = job.awaitFileDaemon(services.clientConnectWait());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fileDaemon = Optional.empty();
    }
    if (fileDaemon.isEmpty() && !job.isCanceled()) {
      messages.fatal("File Daemon did not connect within " + services.clientConnectWait().toSeconds()
          + " seconds.\n");
    } else if (fileDaemon.isPresent()) {
      try (BareosConnection fd = fileDaemon.get()) {
        director.send(new JobStartMessage(job.job()).toWire());
        messages.status(JobStatus.RUNNING);
        messages.info("Version: " + services.identity().versionText() + "\n");
        new FileDaemonDialog(job, fd, director, messages, catalog, services).run();
      } catch (IOException e) {
        // A File Daemon connection that broke outside of a command; a broken Director fails this message too.
        messages.fatal("Error with the File Daemon connection: " + e.getMessage() + "\n");
      } finally {
        job.releaseFileDaemon();
      }
    }
    job.setStatus(JobStatus.TERMINATED);
    director.send(new JobEndMessage(job.job(), job.status().wireValue(), job.jobFiles(), job.jobBytes(),
        job.jobErrors()).toWire());
    director.signal(Signal.EOD);
  }

  /** The goodbye as the recorded SD sends it: after a job {@code TERMINATE, EOD, TERMINATE}, else {@code TERMINATE}. */
  private void endSession(boolean jobEnded) {
    try {
      director.signal(Signal.TERMINATE);
      if (jobEnded) {
        director.signal(Signal.EOD);
        director.signal(Signal.TERMINATE);
      }
    } catch (IOException e) {
      // The Director is gone already.
    }
  }
}
