package org.jbareos.bench.e2e;

import java.nio.file.Path;
import java.util.List;

/** A running set of backup daemons the benchmark drives through its console: jbareos or Bacula. */
interface BackupSystem extends AutoCloseable {

  String name();

  /** Runs a Full backup of the data set and waits for its end; fails unless it ended OK. */
  JobTiming backup(Dataset dataset) throws Exception;

  /** Restores every file of the backup job to {@code where} and waits for its end; fails unless it ended OK. */
  JobTiming restore(Dataset dataset, long backupJobId, Path where) throws Exception;

  /** Peak memory of each daemon so far. */
  List<DaemonProcess.Memory> memory() throws Exception;
}
