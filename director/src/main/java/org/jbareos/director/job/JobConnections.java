package org.jbareos.director.job;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Ends a job's daemon conversations, for backup and restore alike. */
final class JobConnections {
  private JobConnections() {}

  /**
   * Closes both conversations (either may not have started) and waits for the SD message thread, so that nothing
   * the SD sent is logged after the job's summary.
   */
  static void close(FileDaemonSession fd, StorageDaemonSession sd, FutureTask<?> sdThread) {
    if (fd != null) {
      fd.close();
    }
    if (sd != null) {
      sd.close();
    }
    if (sdThread != null) {
      try {
        sdThread.get();
      } catch (ExecutionException | InterruptedException e) {
        // the thread ends with the closed connection; the job's outcome is already known
      }
    }
  }
}
