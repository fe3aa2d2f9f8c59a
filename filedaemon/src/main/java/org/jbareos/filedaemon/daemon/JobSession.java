package org.jbareos.filedaemon.daemon;

import java.time.Instant;
import java.util.Optional;
import org.jbareos.filedaemon.accurate.AccurateFiles;
import org.jbareos.filedaemon.walk.FileChanges;
import org.jbareos.filedaemon.walk.FindFileSet;
import org.jbareos.filedaemon.walk.IncrementalSince;
import org.jbareos.protocol.JobStatus;
import org.jbareos.protocol.JobType;
import org.jbareos.protocol.dirfd.EndJobReport;
import org.jbareos.protocol.dirfd.FdJobCommand;
import org.jbareos.protocol.dirfd.LevelCommand;

/**
 * The state of one Director session, Bareos's FD {@code JobControlRecord}: what the {@code JobId=}, {@code level},
 * {@code fileset} and {@code storage} commands set up, the SD connection, the job status and the counters reported in
 * {@code 2800 End Job} (PROTOCOL.md §5.1).
 *
 * <p>Typical transitions of {@link #status()}: {@code C} (created) &rarr; {@code B} (blocked, waiting for the SD)
 * &rarr; {@code R} (running) &rarr; {@code T} (terminated); a fatal job message makes it {@code f} (fatal error), a
 * cancel {@code A}, and, as in Bareos's {@code setJobStatusWithPriorityCheck}, the first error is never overwritten.
 */
final class JobSession {

  private final Instant started;
  private final JobMessages messages;
  private FdJobCommand job;
  private String sdAuthKey;
  private int sdTls;
  private boolean multiRestore;
  private String level = "";
  private volatile JobType type = JobType.BACKUP;
  private Optional<IncrementalSince> since = Optional.empty();
  private boolean accurate;
  private AccurateFiles accurateFiles;
  private FindFileSet fileSet;
  private StorageConnection storage;
  private volatile JobStatus status = JobStatus.CREATED;
  private volatile long jobFiles;
  private volatile long readBytes;
  private volatile long jobBytes;
  private volatile long jobErrors;
  private volatile boolean canceled;

  JobSession(JobMessages messages, Instant started) {
    this.messages = messages;
    this.started = started;
    messages.onFatal(() -> status(JobStatus.FATAL_ERROR));
  }

  JobMessages messages() {
    return messages;
  }

  /** The kind of job, known once {@code backup}, {@code restore} or {@code verify} arrived (Backup before). */
  JobType type() {
    return type;
  }

  void type(JobType value) {
    type = value;
  }

  Instant started() {
    return started;
  }

  /** The {@code JobId=} command: job id and name, SD session, key and TLS policy for the SD connection. */
  void start(FdJobCommand command) {
    this.job = command;
    useStorageKey(command.authorization(), command.ssl() == null ? 0 : command.ssl());
    messages.forJob(command.job(), command.jobId());
  }

  /**
   * A key for the next SD connection ({@code SetStorageAuthKeyAndTlsPolicy}): a second key (the restore's {@code
   * storage ... Authorization=}) makes this a multi-storage restore, answered with {@code 2000 OK storage end}.
   */
  void useStorageKey(String key, int tls) {
    if (key == null || key.isEmpty()) {
      return;
    }
    if (sdAuthKey != null) {
      multiRestore = true;
    }
    sdAuthKey = key;
    sdTls = tls;
  }

  Optional<FdJobCommand> job() {
    return Optional.ofNullable(job);
  }

  long jobId() {
    return job == null ? 0 : job.jobId();
  }

  String jobName() {
    return job == null ? "" : job.job();
  }

  String sdAuthKey() {
    return sdAuthKey;
  }

  int sdTls() {
    return sdTls;
  }

  boolean multiRestore() {
    return multiRestore;
  }

  String level() {
    return level;
  }

  void level(String value, Optional<IncrementalSince> sinceTime) {
    this.level = value;
    this.since = sinceTime;
  }

  Optional<IncrementalSince> since() {
    return since;
  }

  /** Accurate mode, set by a level command with {@code accurate} in it ({@code LevelCmd}). */
  void accurate(boolean value) {
    accurate = value;
  }

  /** The {@code accurate files=} list; it also turns accurate mode on. */
  void accurateFiles(AccurateFiles files) {
    accurateFiles = files;
    accurate = true;
  }

  /**
   * How the backup or estimate finds the files to save ({@code CheckChanges}): in accurate mode the list, compared
   * file by file, or nothing (everything is saved) when no list came, as Bareos's {@code AccurateCheckFile} does
   * without one; otherwise the since time of an Incremental or Differential, or nothing for a Full. A list sent for a
   * Full would name Base jobs, which jbareos does not have: a Full saves everything.
   */
  Optional<? extends FileChanges> changes() {
    if (!accurate) {
      return since;
    }
    boolean full = level.equals(LevelCommand.Base.FULL) || level.equals(LevelCommand.Base.BASE);
    return full ? Optional.empty() : Optional.ofNullable(accurateFiles);
  }

  Optional<FindFileSet> fileSet() {
    return Optional.ofNullable(fileSet);
  }

  void fileSet(FindFileSet value) {
    this.fileSet = value;
  }

  Optional<StorageConnection> storage() {
    return Optional.ofNullable(storage);
  }

  void storage(StorageConnection connection) {
    this.storage = connection;
  }

  JobStatus status() {
    return status;
  }

  /**
   * Sets the status as {@code setJobStatusWithPriorityCheck} does ({@code lib/jcr.cc}): a status of higher priority
   * replaces the current one, among plain statuses the newer wins, and the first error stays (Incomplete 10; Error
   * terminated, Fatal error, Canceled 9; Non-fatal error 8; Differences 7; all others 0).
   */
  synchronized void status(JobStatus next) {
    int old = priority(status);
    int priority = priority(next);
    if (priority > old || (priority == 0 && old == 0)) {
      status = next;
    }
  }

  private static int priority(JobStatus status) {
    return switch (status) {
      case INCOMPLETE -> 10;
      case ERROR_TERMINATED, FATAL_ERROR, CANCELED -> 9;
      case ERROR -> 8;
      case DIFFERENCES -> 7;
      default -> 0;
    };
  }

  boolean isCanceled() {
    return canceled;
  }

  /** {@code cancel Job=}: marks the job canceled and cuts its SD connection so that a blocked transfer ends. */
  void cancel() {
    canceled = true;
    status(JobStatus.CANCELED);
    StorageConnection sd = storage;
    if (sd != null) {
      sd.abort();
    }
  }

  void totals(long files, long read, long sent, long errors) {
    jobFiles = files;
    readBytes = read;
    jobBytes = sent;
    jobErrors = errors;
  }

  long jobFiles() {
    return jobFiles;
  }

  long readBytes() {
    return readBytes;
  }

  long jobBytes() {
    return jobBytes;
  }

  long jobErrors() {
    return jobErrors;
  }

  /** {@code 2800 End Job TermCode=.. JobFiles=.. ReadBytes=.. JobBytes=.. Errors=.. VSS=0 Encrypt=0}. */
  EndJobReport endJobReport() {
    return new EndJobReport(status.wireValue(), jobFiles, readBytes, jobBytes, jobErrors, false, false);
  }
}
