package org.jbareos.filedaemon.daemon;

import java.io.IOException;
import java.util.Optional;
import org.jbareos.filedaemon.JobTotals;
import org.jbareos.filedaemon.restore.ReplaceMode;
import org.jbareos.filedaemon.restore.RestoreMessage;
import org.jbareos.filedaemon.restore.RestoreSession;
import org.jbareos.net.BareosConnection;
import org.jbareos.net.Packet;
import org.jbareos.net.ProtocolException;
import org.jbareos.protocol.JobMessage;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.dirfd.DirFdLine;
import org.jbareos.protocol.dirfd.RestoreCommand;
import org.jbareos.protocol.fdsd.ReadRecordHeader;

/**
 * {@code restore replace=.. prelinks=.. where=..} ({@code filed/dir_cmd.cc RestoreCmd, OpenSdReadSession}, {@code
 * filed/restore.cc DoRestore}; PROTOCOL.md §5.5, §7.4; conformance restore.txt):
 *
 * <pre>
 *   Dir: 2000 OK restore
 *   SD:  read open session = DummyVolume &lt;SDid&gt; &lt;SDtime&gt; 0 0 0 0 → 3000 OK open ticket = N
 *        read data N                      → 3000 OK data
 *   Dir: Jmsg "Version: ..."
 *   SD:  ← rechdr … + one data frame per record … EOD   (each record to the restore writer)
 *        read close session N            → 3000 OK close Status = ..   then TERMINATE
 *   Dir: 2000 OK storage end   (multi-storage restore: the session waits for the next storage or endrestore)
 * </pre>
 */
final class RestoreJob {

  private final BareosConnection director;
  private final JobSession job;
  private final FileDaemonServices services;
  private final JobMessages messages;

  RestoreJob(BareosConnection director, JobSession job, FileDaemonServices services) {
    this.director = director;
    this.job = job;
    this.services = services;
    this.messages = job.messages();
  }

  /** Runs one storage's part of the restore; true when the session waits for more ({@code multi_restore}). */
  boolean run(String text) throws IOException {
    if (!services.allows("restore", messages)) {
      return false;
    }
    RestoreCommand command;
    ReplaceMode replace;
    try {
      command = RestoreCommand.parse(text);
      replace = ReplaceMode.fromCode(command.replace());
    } catch (ProtocolException | IllegalArgumentException e) {
      fail("Bad replace command. CMD=" + text + (text.endsWith("\n") ? "" : "\n"));
      return false;
    }
    if (command.regex()) {
      fail("Bad where regexp. where=" + command.where() + " (regexwhere is not supported by this File Daemon)\n");
      return false;
    }
    String where = command.where().equals("/") ? "" : command.where();
    director.send(DirFdLine.RESTORE_OK.wireText());
    job.status(JobStatus.BLOCKED);
    Optional<StorageConnection> storage = job.storage();
    if (storage.isEmpty()) {
      fail("Improper calling sequence.\n");
    } else {
      Optional<Long> ticket = ReadSession.open(storage.get(), job.job().orElseThrow(), this::fail);
      if (ticket.isPresent()) {
        job.status(JobStatus.RUNNING);
        restore(storage.get(), new RestoreSession(where, replace, command.prelinks(), this::restoreMessage));
        job.status(JobStatus.TERMINATED);
        ReadSession.close(storage.get(), ticket.get());
      } else {
        job.status(JobStatus.ERROR_TERMINATED);
      }
    }
    if (job.jobErrors() > 0) {
      job.status(JobStatus.ERROR_TERMINATED);
    }
    if (job.multiRestore() && !job.isCanceled()) {
      director.send(DirFdLine.STORAGE_END_OK.wireText());
      return true;
    }
    return false;
  }

  /** Reads {@code rechdr} + data pairs up to a signal and hands each record to the restore writer. */
  private void restore(StorageConnection sd, RestoreSession session) {
    messages.info(services.version().versionMessage());
    DirectorHeartbeat heartbeat = DirectorHeartbeat.start(director, services.heartbeatInterval());
    try (session) {
      for (Packet packet; (packet = sd.next()) instanceof Packet.Message header; ) {
        ReadRecordHeader record;
        try {
          record = ReadRecordHeader.parse(header.text());
        } catch (ProtocolException e) {
          fail("Record header scan error: " + header.text() + "\n");
          return;
        }
        if (!(sd.next() instanceof Packet.Message data)) {
          fail("Data record error. ERR=the Storage daemon sent a signal instead of the data of " + header.text()
              + "\n");
          return;
        }
        session.record(record.fileIndex(), record.stream(), data.payload());
      }
      session.finish();
    } catch (IOException e) {
      if (!job.isCanceled()) {
        fail("Data record error. ERR=" + e.getMessage() + "\n");
      }
    } finally {
      heartbeat.close();
      JobTotals totals = session.totals();
      job.totals(totals.jobFiles(), totals.readBytes(), totals.jobBytes(), totals.jobErrors());
    }
  }

  private void restoreMessage(RestoreMessage message) {
    String text = message.message().endsWith("\n") ? message.message() : message.message() + "\n";
    messages.send(message.error() ? JobMessage.M_ERROR : JobMessage.M_INFO, text);
  }

  /** A fatal job message (none once the job is canceled: Bareos avoids useless messages then). */
  private void fail(String text) {
    if (!job.isCanceled()) {
      messages.fatal(text);
    }
    job.status(JobStatus.ERROR_TERMINATED);
  }
}
