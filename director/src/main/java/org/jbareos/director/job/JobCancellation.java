package org.jbareos.director.job;

import java.util.Optional;

/**
 * A job's cancel state ({@code dird/job.cc CancelJob}): the console marks the job canceled, tells its File and
 * Storage Daemons ({@code cancel Job=<job>} on new connections) and then ends the job's own connections to them, as
 * Bareos terminates the job's sockets and signals its thread, so that a job waiting on either daemon ends at once.
 * The job registers its daemon connections as it opens them; one opened after the cancel is closed at once. A
 * canceled job ends with status {@code A} and {@code Backup Canceled} in its summary, without fatal error lines.
 *
 * <p>Typical transitions: running → canceled (daemons told) → connections terminated → the job's thread ends.
 */
final class JobCancellation {
  private volatile boolean canceled;
  private FileDaemonSession fileDaemon;
  private StorageDaemonSession storageDaemon;
  private String storageName;

  boolean isCanceled() {
    return canceled;
  }

  /** Marks the job canceled. */
  void cancel() {
    canceled = true;
  }

  synchronized void fileDaemon(FileDaemonSession session) {
    fileDaemon = session;
    if (canceled) {
      session.close();
    }
  }

  synchronized void storageDaemon(StorageDaemonSession session, String storage) {
    storageDaemon = session;
    storageName = storage;
    if (canceled) {
      session.close();
    }
  }

  /** Whether the job has talked to its File Daemon, so that the FD must be told of the cancel. */
  synchronized boolean hasFileDaemon() {
    return fileDaemon != null;
  }

  /** The Storage resource whose SD the job is connected to, if it is. */
  synchronized Optional<String> storage() {
    return Optional.ofNullable(storageName);
  }

  /** Ends the job's own daemon connections; the job's waits fail and it ends as canceled. */
  synchronized void terminateConnections() {
    if (fileDaemon != null) {
      fileDaemon.close();
    }
    if (storageDaemon != null) {
      storageDaemon.close();
    }
  }
}
