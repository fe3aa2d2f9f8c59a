package org.jbareos.director.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Consumer;
import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.director.clients.PooledClient;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.ResourceType;
import org.jbareos.net.Signal;
import org.jbareos.net.session.ClientHandshake;
import org.jbareos.net.trace.Participant;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.TextMessage;
import org.jbareos.protocol.dirfd.BackupCommand;
import org.jbareos.protocol.dirfd.BtimeReply;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.FdJobReply;
import org.jbareos.protocol.dirfd.FdSecureEraseReply;
import org.jbareos.protocol.dirfd.FilesetCommand;
import org.jbareos.protocol.dirfd.LevelCommand;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.dirfd.RunScriptCommand;
import org.jbareos.protocol.dirfd.StorageCommand;
import org.jbareos.protocol.fileset.FileSetLines;

/**
 * The Director's job connection to a File Daemon (PROTOCOL.md §5; {@code dird/fd_cmds.cc}, {@code dird/backup.cc},
 * {@code dird/restore.cc}). Each method sends one command and waits for the FD's exact OK line ({@code response()}
 * compares with {@code bstrcmp}); job messages that arrive meanwhile go to the job log.
 *
 * <p>Typical transitions, backup: connected → job → level (+ btime dialog) → fileset → secure erase → storage →
 * backup → {@code 2800 End Job} + TERMINATE. Restore: connected → job → secure erase → storage → restore → {@code
 * 2000 OK storage end} → endrestore → {@code 2800 End Job} + TERMINATE.
 */
final class FileDaemonSession implements AutoCloseable {
  private static final String HELLO_OK_PREFIX = "2000 OK Hello ";

  private final BareosConnection connection;
  private final ClientResource client;
  private final JobLog log;
  private final Duration timeout;
  private final int protocolVersion;
  private final Optional<PooledClient> pooled;

  private FileDaemonSession(BareosConnection connection, ClientResource client, JobLog log, Duration timeout,
      int protocolVersion, Optional<PooledClient> pooled) {
    this.pooled = pooled;
    this.connection = connection;
    this.client = client;
    this.log = log;
    this.timeout = timeout;
    this.protocolVersion = protocolVersion;
  }

  /**
   * The job's connection to {@code client} ({@code dird/fd_cmds.cc ConnectToFileDaemon}, PROTOCOL.md §9): the newest
   * client initiated connection waiting in the pool (already authenticated: no new hello, the {@code JobId=} command
   * goes straight onto it); else, if the Client allows {@code Connection From Director To Client}, a dialled one;
   * else (or when dialling failed and the Client may dial in) whichever connection of that Client the pool receives
   * within the connect timeout. A Client that allows neither direction, or none of these working, fails the job.
   *
   * <p>The job log gets Bareos's lines: {@code Probing client protocol...} until a handshake with the Client has
   * succeeded once, then {@code Connected Client: <name> at <address>:<port>, encryption: ...} or {@code Using Client
   * Initiated Connection (<name>).}, then {@code Handshake: <mode>} and {@code  Encryption: <cipher>}.
   */
  static FileDaemonSession connect(JobEngineSettings settings, ClientHandshakes handshakes, ClientResource client,
      JobLog log) throws JobFailure {
    if (handshakes.probing(client)) {
      log.info(ClientHandshakes.PROBING);
    }
    FileDaemonSession session = open(settings, client, log);
    log.info(handshakes.succeeded(client));
    log.info(StorageDaemonSession.cipherMessage(session.connection));
    return session;
  }

  private static FileDaemonSession open(JobEngineSettings settings, ClientResource client, JobLog log)
      throws JobFailure {
    Optional<PooledClient> waiting = settings.clients().take(client.name());
    if (waiting.isPresent()) {
      return pooled(settings, client, log, waiting.get());
    }
    JobFailure dialFailure = null;
    if (client.connectionFromDirectorToClient()) {
      try {
        FileDaemonSession dialled = dial(settings, client, log);
        log.info("Connected Client: " + client.name() + " at " + client.address() + ":" + client.port()
            + ", encryption: " + StorageDaemonSession.encryption(dialled.connection));
        return dialled;
      } catch (JobFailure e) {
        if (!client.connectionFromClientToDirector()) {
          throw e;
        }
        dialFailure = e;
      }
    } else if (!client.connectionFromClientToDirector()) {
      throw JobFailure.fatal("Client \"" + client.name() + "\" allows no connection: Connection From Director To"
          + " Client and Connection From Client To Director are both no.");
    }
    Duration limit = settings.connect().connectTimeout();
    try {
      waiting = settings.clients().await(client.name(), limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw JobFailure.fatal("Interrupted while waiting for Client \"" + client.name() + "\" to connect.", e);
    }
    if (waiting.isPresent()) {
      return pooled(settings, client, log, waiting.get());
    }
    String why = "Failed to connect to Client \"" + client.name()
        + "\": no client initiated connection arrived within "
        + (limit.toMillisPart() == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms");
    throw dialFailure == null ? JobFailure.fatal(why + " (Connection From Director To Client = no).")
        : JobFailure.fatal(why + " after: " + dialFailure.getMessage(), dialFailure);
  }

  /** A pooled connection is authenticated already; its FD version is the hello's {@code FdProtocolVersion}. */
  private static FileDaemonSession pooled(JobEngineSettings settings, ClientResource client, JobLog log,
      PooledClient waiting) {
    log.info("Using Client Initiated Connection (" + client.name() + ").");
    return new FileDaemonSession(waiting.connection(), client, log, settings.messageTimeout(),
        waiting.protocolVersion(), Optional.of(waiting));
  }

  /** Connects, authenticates and reads {@code 2000 OK Hello <FD protocol version>\n}. */
  private static FileDaemonSession dial(JobEngineSettings settings, ClientResource client, JobLog log)
      throws JobFailure {
    BareosConnection connection;
    try {
      connection = new ClientHandshake(settings.connect().withResourceHeartbeat(client.heartbeatInterval()))
          .connect(client.address(), client.port(), settings.hello(), DaemonCredentials.of(ResourceType.CLIENT,
              client.name(), client.password(), client.tls()), Participant.FILE_DAEMON);
    } catch (IOException | RuntimeException e) {
      throw JobFailure.fatal("Failed to connect to Client " + client.name() + " at " + client.address() + ":"
          + client.port() + ": " + e.getMessage(), e);
    }
    FileDaemonSession probe = new FileDaemonSession(connection, client, log, settings.messageTimeout(), 0,
        Optional.empty());
    try {
      String hello = probe.response("the hello");
      if (!hello.startsWith(HELLO_OK_PREFIX) || !hello.endsWith("\n")) {
        throw JobFailure.fatal("File daemon at " + client.address() + ":" + client.port()
            + " rejected Hello command: " + hello.strip());
      }
      int version = Integer.parseInt(hello.substring(HELLO_OK_PREFIX.length()).strip());
      return new FileDaemonSession(connection, client, log, settings.messageTimeout(), version, Optional.empty());
    } catch (JobFailure e) {
      probe.close();
      throw e;
    } catch (NumberFormatException e) {
      probe.close();
      throw JobFailure.fatal("File daemon sent a bad FD protocol version: " + e.getMessage());
    }
  }

  /** The cipher of the connection ({@code None} in cleartext). */
  String encryption() {
    return StorageDaemonSession.encryption(connection);
  }

  /** {@code JobId=... Authorization=...} → {@code 2000 OK Job <uname>} (no newline); returns the uname. */
  String startJob(FdJobCommand command) throws JobFailure {
    send(command);
    String answer = response("the Job command");
    try {
      return FdJobReply.parse(answer).uname();
    } catch (ProtocolException e) {
      throw JobFailure.fatal("File daemon \"" + client.name() + "\" rejected Job command: " + answer.strip());
    }
  }

  /** {@code level = full  mtime_only=0 \n} → {@code 2000 OK level\n}. */
  void level(LevelCommand.Base level) throws JobFailure {
    send(level);
    expect(DirFdLine.LEVEL_OK, "the level command");
  }

  /**
   * An Incremental or Differential: the level (no answer), then {@code level = since_utime ...}; the FD measures the
   * clock difference with BNET_BTIME, each answered {@code btime <microseconds>\n}, then EOD and {@code 2000 OK
   * level\n} ({@code dird/fd_cmds.cc SendLevelCommand}, {@code dird/getmsg.cc}).
   */
  void level(LevelCommand.Base level, LevelCommand.SinceTime since, Clock clock) throws JobFailure {
    send(level);
    send(since);
    while (true) {
      Packet packet = receive("the level command", timeout);
      if (packet instanceof Packet.SignalPacket s) {
        if (s.is(Signal.BTIME)) {
          Instant now = clock.instant();
          send(new BtimeReply(ChronoUnit.MICROS.between(Instant.EPOCH, now)));
        } else if (s.is(Signal.TERMINATE)) {
          throw JobFailure.fatal("File daemon ended the connection during the level command.");
        }
        continue;
      }
      String text = ((Packet.Message) packet).text();
      if (text.equals(DirFdLine.LEVEL_OK.wireText())) {
        return;
      }
      if (Character.isDigit(text.isEmpty() ? ' ' : text.charAt(0))) {
        throw JobFailure.fatal("Bad response to the level command: wanted 2000 OK level, got " + text.strip());
      }
      log.info(text);
    }
  }

  /** {@code fileset vss=1\n}, the item frames, EOD → {@code 2000 OK include\n}. */
  void fileset(FileSetWire fileSet) throws JobFailure {
    send(new FilesetCommand(fileSet.vss()));
    for (String line : FileSetLines.format(fileSet.fileSet())) {
      sendText(line);
    }
    signal(Signal.EOD);
    expect(DirFdLine.INCLUDE_OK, "the fileset");
  }

  /** {@code getSecureEraseCmd\n} (FD protocol version above 53) → {@code 2000 OK FDSecureEraseCmd <cmd>\n}. */
  void secureEraseCommand() throws JobFailure {
    if (protocolVersion <= 53) {
      return;
    }
    sendText(DirFdLine.GET_SECURE_ERASE_CMD.wireText());
    String answer = response("getSecureEraseCmd");
    try {
      FdSecureEraseReply.parse(answer);
    } catch (ProtocolException e) {
      throw JobFailure.fatal("Unexpected Client secure erase answer: " + answer.strip());
    }
  }

  /** The client run scripts and, if one runs before the job, {@code RunBeforeNow\n}. */
  void runScripts(ClientRunScripts scripts) throws JobFailure {
    try {
      for (RunScriptCommand command : scripts.commands()) {
        send(command);
        expect(DirFdLine.RUN_SCRIPT_OK, "the RunScript command");
      }
      if (scripts.runBeforeNow()) {
        sendText(DirFdLine.RUN_BEFORE_NOW.wireText());
        expect(DirFdLine.RUN_BEFORE_NOW_OK, "RunBeforeNow");
      }
    } catch (JobFailure e) {
      throw new JobFailure(e.status(), "Client \"" + client.name() + "\" RunScript failed: " + e.getMessage(), e);
    }
  }

  /**
   * {@code accurate files=<n>\n}, one frame per file streamed from the catalog, EOD; the FD does not answer.
   *
   * @return how many files were sent and how many left out as deleted
   */
  AccurateList.Sent accurate(AccurateList list, CatalogDatabase catalog) throws JobFailure {
    send(list.command());
    AccurateList.Sent sent;
    try {
      sent = list.forEachEntry(catalog, entry -> {
        try {
          connection.send(entry.toWire());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw JobFailure.fatal("Network error with FD sending the accurate list: " + e.getCause().getMessage(), e);
    }
    signal(Signal.EOD);
    return sent;
  }

  /** {@code storage address=... port=... ssl=...} → the FD connects to the SD → {@code 2000 OK storage\n}. */
  void storage(StorageCommand command) throws JobFailure {
    send(command);
    expect(DirFdLine.STORAGE_OK, "the storage command");
  }

  /** {@code backup FileIndex=0\n} → {@code 2000 OK backup\n}. */
  void backup(long fileIndex) throws JobFailure {
    send(new BackupCommand(fileIndex));
    expect(DirFdLine.BACKUP_OK, "the backup command");
  }

  /** {@code restore replace=... prelinks=... where=...} → {@code 2000 OK restore\n}. */
  void restore(RestoreCommand command) throws JobFailure {
    send(command);
    expect(DirFdLine.RESTORE_OK, "the restore command");
  }

  /** Waits, without limit, for {@code 2000 OK storage end\n} at the end of one storage's part of a restore. */
  void awaitStorageEnd() throws JobFailure {
    String answer = response("the end of the restore from storage", null);
    if (!answer.equals(DirFdLine.STORAGE_END_OK.wireText())) {
      throw JobFailure.fatal("Bad response from File daemon: wanted 2000 OK storage end, got " + answer.strip());
    }
  }

  /** {@code endrestore} (no newline); the FD then reports the end of the job. */
  EndJobReport endRestore() throws JobFailure {
    sendText(DirFdLine.END_RESTORE.wireText());
    return awaitEndJob("Restore");
  }

  /**
   * Waits, without limit, for {@code 2800 End Job TermCode=...} and the FD's BNET_TERMINATE.
   *
   * @param jobType the job's type as Bareos names it in the error ({@code Backup}, {@code Restore})
   * @throws JobFailure when the FD goes away first ({@code Network error with FD during Backup})
   */
  EndJobReport awaitEndJob(String jobType) throws JobFailure {
    String answer = response(jobType, null);
    try {
      EndJobReport report = EndJobReport.parse(answer);
      try {
        connection.receive(timeout);
      } catch (IOException e) {
        // the FD may close at once after its TERMINATE; the report is what counts
      }
      return report;
    } catch (ProtocolException e) {
      throw JobFailure.fatal("Bad response from File daemon at the end of the job: " + answer.strip());
    }
  }

  private void expect(DirFdLine line, String what) throws JobFailure {
    String answer = response(what);
    if (!answer.equals(line.wireText())) {
      throw JobFailure.fatal("Bad response to " + what + " from File daemon: wanted " + line.wireText().strip()
          + ", got " + answer.strip());
    }
  }

  private String response(String what) throws JobFailure {
    return response(what, timeout);
  }

  /** The next frame that starts with a digit; {@code Jmsg}s on the way go to the job log. */
  private String response(String what, Duration limit) throws JobFailure {
    while (true) {
      Packet packet = receive(what, limit);
      if (packet instanceof Packet.SignalPacket s) {
        if (s.is(Signal.TERMINATE)) {
          throw JobFailure.fatal("Network error with FD during " + what + ": the File daemon ended the connection.");
        }
        continue;
      }
      String text = ((Packet.Message) packet).text();
      if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
        return text;
      }
      if (text.startsWith("Jmsg ")) {
        try {
          log.daemon(JobMessage.parse(text));
          continue;
        } catch (ProtocolException e) {
          // logged as it came below
        }
      }
      log.info(text);
    }
  }

  private Packet receive(String what, Duration limit) throws JobFailure {
    try {
      return limit == null ? connection.receive() : connection.receive(limit);
    } catch (SocketTimeoutException e) {
      String silent = "File daemon did not answer " + what + " within " + limit.toSeconds() + " s";
      if (pooled.isPresent()) {
        // the usual cause: a NAT or firewall forgot the idle flow, and neither end was told
        throw JobFailure.fatal(silent + " on the connection Client \"" + client.name() + "\" opened at "
            + pooled.get().connectTime().withNano(0) + " and left idle until this job: a firewall or NAT between"
            + " them may have dropped it. A Heartbeat Interval in the File Daemon's Client resource, shorter than"
            + " their idle timeout, keeps waiting connections alive.");
      }
      throw JobFailure.fatal(silent + ".");
    } catch (IOException e) {
      throw JobFailure.fatal("Network error with FD during " + what + ": " + e.getMessage(), e);
    }
  }

  private void send(TextMessage message) throws JobFailure {
    sendText(message.wireText());
  }

  private void sendText(String text) throws JobFailure {
    try {
      connection.send(text);
    } catch (IOException e) {
      throw JobFailure.fatal("Network error with FD sending a command: " + e.getMessage(), e);
    }
  }

  private void signal(Signal signal) throws JobFailure {
    try {
      connection.signal(signal);
    } catch (IOException e) {
      throw JobFailure.fatal("Network error with FD sending a command: " + e.getMessage(), e);
    }
  }

  /**
   * A command outside a job ({@code status}, {@code cancel Job=<job>}; {@code dird/fd_cmds.cc
   * DoNativeClientStatus}, {@code CancelFileDaemonJob}): sends it, hands each frame of the answer to {@code sink}
   * until the FD's EOD, then says goodbye with TERMINATE.
   */
  void command(String text, Consumer<String> sink) throws JobFailure {
    sendText(text);
    while (receive("the " + text.strip() + " command", timeout) instanceof Packet.Message message) {
      sink.accept(message.text());
    }
    signal(Signal.TERMINATE);
  }

  @Override
  public void close() {
    if (pooled.isPresent()) {
      pooled.get().release();
      return;
    }
    try {
      connection.close();
    } catch (IOException e) {
      // the job's outcome is already decided
    }
  }
}
