package org.jbareos.storage.job;

import java.time.Duration;
import java.util.Objects;
import org.jbareos.storage.device.StorageDevices;

/**
 * What every job conversation of one Storage Daemon shares: who it is, its devices, its running jobs, and how long a
 * job waits for its File Daemon after {@code run} ({@code Client Connect Wait}, default 30 minutes; {@code
 * stored/job.cc:WaitFD}).
 */
public record JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
    Duration clientConnectWait) {
  public JobServices {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(clientConnectWait, "clientConnectWait");
  }

  /** The default {@code Client Connect Wait}. */
  public static final Duration DEFAULT_CLIENT_CONNECT_WAIT = Duration.ofMinutes(30);
}
