package org.jbareos.bench.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A running set of backup daemons the benchmark drives through its console: jbareos or Bacula. */
interface BackupSystem extends AutoCloseable {

  String name();

  /** Sends a console command that starts a job and waits for the job's end; fails unless it ended OK. */
  JobTiming timed(String command) throws Exception;

  /** The daemons started so far, in the order they started. */
  List<DaemonProcess> daemons();

  /** Runs a Full backup of the data set and waits for its end; fails unless it ended OK. */
  default JobTiming backup(Dataset dataset) throws Exception {
    return timed(BenchResources.backupCommand(dataset));
  }

  /** Restores every file of the backup job to {@code where} and waits for its end; fails unless it ended OK. */
  default JobTiming restore(Dataset dataset, long backupJobId, Path where) throws Exception {
    return timed(BenchResources.restoreCommand(backupJobId, where));
  }

  /** Peak memory of each daemon so far. */
  default List<DaemonProcess.Memory> memory() throws Exception {
    List<DaemonProcess.Memory> memory = new ArrayList<>();
    for (DaemonProcess daemon : daemons()) {
      memory.add(daemon.memory());
    }
    return memory;
  }

  /** Stops the daemons in the reverse order of their start (the Director, started last, first). */
  default void stopDaemons() throws InterruptedException {
    List<DaemonProcess> daemons = daemons();
    for (int i = daemons.size() - 1; i >= 0; i--) {
      daemons.get(i).close();
    }
  }
}
