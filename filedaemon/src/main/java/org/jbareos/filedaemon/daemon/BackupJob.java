package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.backup.BackupSession;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.FindFlag;
import org.jbareos.filedaemon.walk.FindOptions;
import org.jbareos.filedaemon.walk.NotSaved;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.net.Signal;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.fdsd.AppendCloseCommand;
import org.jbareos.protocol.fdsd.AppendDataCommand;
import org.jbareos.protocol.fdsd.AppendEndCommand;
import org.jbareos.protocol.fdsd.CloseStatusReply;
import org.jbareos.protocol.fdsd.FdSdLine;
import org.jbareos.protocol.fdsd.OpenTicketReply;

/**
 * {@code backup FileIndex=0} ({@code filed/dir_cmd.cc BackupCmd}, {@code filed/backup.cc BlastDataToStorageDaemon};
 * PROTOCOL.md §5.3, §7.2; conformance backup-full.txt):
 *
 * <pre>
 *   Dir: Jmsg "Extended attribute support is ...", "ACL support is ...", 2000 OK backup
 *   SD:  append open session        → 3000 OK open ticket = N
 *        append data N              → 3000 OK data
 *   Dir: Jmsg "Version: ..."
 *   SD:  per record: "FI Stream 0", data frames, EOD … final EOD   (the SD socket is drained meanwhile)
 *        ← 3000 OK append data; append end session N → 3000 OK end
 *        append close session N     → 3000 OK close Status = 84, EOD
 * </pre>
 *
 * The session then ends ({@link DirectorCommandLoop} sends TERMINATE to the SD, {@code 2800 End Job} and TERMINATE).
 * An SD that fails or vanishes makes the job's status {@code E} with a fatal job message.
 */
final class BackupJob {

  /** How often the drain of the SD socket looks whether it is to stop. */
  private static final Duration MONITOR_POLL = Duration.ofMillis(100);

  private final BareosConnection director;
  private final JobSession job;
  private final FileDaemonServices services;
  private final JobMessages messages;

  BackupJob(BareosConnection director, JobSession job, FileDaemonServices services) {
    this.director = director;
    this.job = job;
    this.services = services;
    this.messages = job.messages();
  }

  /** Runs the backup; always false: the session ends after a backup. */
  boolean run(String text) throws IOException {
    if (!services.allows("backup", messages)) {
      return false;
    }
    Optional<FindFileSet> fileSet = job.fileSet();
    if (fileSet.isEmpty()) {
      return bad("No FileSet was sent before the backup command.\n");
    }
    logFlagStatus(fileSet.get(), FindFlag.XATTR, "Extended attribute support ");
    logFlagStatus(fileSet.get(), FindFlag.ACL, "ACL support ");
    BackupSession session;
    try {
      session = new BackupSession(fileSet.get(), job.changes(), this::notSaved);
    } catch (IllegalArgumentException e) {
      return bad(e.getMessage() + "\n");
    }
    try (session) {
      job.status(JobStatus.BLOCKED);
      Optional<StorageConnection> storage = job.storage();
      if (storage.isEmpty()) {
        return bad("Cannot contact Storage daemon\n");
      }
      director.send(DirFdLine.BACKUP_OK.wireText());
      append(storage.get(), session);
    }
    return false;
  }

  private void append(StorageConnection sd, BackupSession session) throws IOException {
    Optional<Long> ticket = openSession(sd);
    if (ticket.isEmpty()) {
      return;
    }
    job.status(JobStatus.RUNNING);
    messages.info(services.version().versionMessage());
    if (!send(sd, session)) {
      job.status(JobStatus.ERROR_TERMINATED);
      return;
    }
    job.status(JobStatus.TERMINATED);
    if (!job.status().isSuccessful()) {
      return;
    }
    Optional<String> error = sd.expect(FdSdLine.APPEND_DATA_OK, "Append Data")
        .or(() -> sendQuietly(sd, new AppendEndCommand(ticket.get()).wireText())
            .or(() -> sd.expect(FdSdLine.END_OK, "Append End")));
    if (error.isPresent()) {
      fail(error.get());
      return;
    }
    closeSession(sd, ticket.get());
  }

  private Optional<Long> openSession(StorageConnection sd) {
    try {
      sd.send(FdSdLine.APPEND_OPEN_SESSION.wireText());
      Optional<String> reply = sd.nextText();
      if (reply.isEmpty()) {
        fail("Bad response from stored to open command\n");
        return Optional.empty();
      }
      long ticket;
      try {
        ticket = OpenTicketReply.parse(reply.get()).ticket();
      } catch (ProtocolException e) {
        fail("Bad response to append open: " + reply.get() + (reply.get().endsWith("\n") ? "" : "\n"));
        return Optional.empty();
      }
      sd.send(new AppendDataCommand(ticket).wireText());
      Optional<String> error = sd.expect(FdSdLine.DATA_OK, "Append Data");
      if (error.isPresent()) {
        fail(error.get());
        return Optional.empty();
      }
      return Optional.of(ticket);
    } catch (IOException e) {
      fail("Network send error to SD. ERR=" + e.getMessage() + "\n");
      return Optional.empty();
    }
  }

  /** Streams every record and the final EOD; false after a network error (already reported). */
  private boolean send(StorageConnection sd, BackupSession session) throws IOException {
    StorageMonitor monitor = sd.monitor(MONITOR_POLL);
    DirectorHeartbeat heartbeat = DirectorHeartbeat.start(director, services.heartbeatInterval());
    RecordReadAhead records = new RecordReadAhead(session, job::isCanceled, job.jobName());
    try {
      // many small frames per file (header, attributes, EOD, ...): gathered into 64 KiB writes
      try (BareosConnection.Gathering gathered = sd.connection().gather()) {
        // a canceled job stops at the next record boundary: the reader then ends with END
        for (Object item; (item = records.next()) != RecordReadAhead.END; ) {
          if (monitor.failure().isPresent()) {
            throw monitor.failure().get();
          }
          switch (item) {
            case RecordReadAhead.Header header -> sd.send(header.text());
            case byte[] frame -> sd.send(frame);
            default -> sd.signal(Signal.EOD); // END_OF_RECORD
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      // The SD answers the final EOD: the monitor must not be reading by then.
      stopMonitor(monitor);
      if (monitor.failure().isPresent()) {
        throw monitor.failure().get();
      }
      sd.signal(Signal.EOD);
      return !job.isCanceled();
    } catch (IOException e) {
      if (!job.isCanceled()) {
        fail("Network send error to SD. ERR=" + e.getMessage() + "\n");
      }
      return false;
    } finally {
      closeQuietly(records);
      stopMonitor(monitor);
      heartbeat.close();
      JobTotals totals = session.totals();
      job.totals(totals.jobFiles(), totals.readBytes(), totals.jobBytes(), totals.jobErrors());
    }
  }

  /** Stops the read-ahead; the session's counters are final afterwards. */
  private static void closeQuietly(RecordReadAhead records) {
    try {
      records.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeSession(StorageConnection sd, long ticket) throws IOException {
    Optional<Integer> sdStatus = Optional.empty();
    try {
      sd.send(new AppendCloseCommand(ticket).wireText());
      for (Packet packet; (packet = sd.next()) instanceof Packet.Message message; ) {
        try {
          sdStatus = Optional.of(CloseStatusReply.parse(message.text()).jobStatus());
        } catch (ProtocolException notTheStatus) {
          // BgetMsg loop: other lines before the EOD are read and skipped.
        }
      }
    } catch (IOException e) {
      // The status decides below, as in Bareos (the loop stops on an error too).
    }
    if (sdStatus.isEmpty()) {
      fail("Append Close with SD failed.\n");
    } else if (sdStatus.get() != JobStatus.TERMINATED.wireValue()
        && sdStatus.get() != JobStatus.WARNINGS.wireValue()) {
      fail("Bad status " + sdStatus.get() + " returned from Storage Daemon.\n");
    }
  }



  private static void stopMonitor(StorageMonitor monitor) {
    try {
      monitor.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<String> sendQuietly(StorageConnection sd, String text) {
    try {
      sd.send(text);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("Network send error to SD. ERR=" + e.getMessage() + "\n");
    }
  }

  /** {@code LogFlagStatus}: whether any Options block of the FileSet asks for the flag. */
  private void logFlagStatus(FindFileSet fileSet, FindFlag flag, String what) {
    boolean found = fileSet.includes().stream().flatMap(include -> include.options().stream())
        .anyMatch((FindOptions options) -> options.has(flag));
    messages.info(what + (found ? "is enabled\n" : "is disabled\n"));
  }

  private void notSaved(NotSaved file) {
    int type = file.error() ? JobMessage.M_NOTSAVED : JobMessage.M_SKIPPED;
    String text = file.message();
    messages.send(type, text.endsWith("\n") ? text : text + "\n");
  }

  /** A fatal job message (none once the job is canceled: Bareos avoids useless messages then). */
  private void fail(String text) {
    if (!job.isCanceled()) {
      messages.fatal(text);
    }
    job.status(JobStatus.ERROR_TERMINATED);
  }

  private boolean bad(String text) throws IOException {
    fail(text);
    director.send(DirFdLine.BAD_BACKUP.wireText());
    return false;
  }
}
