package org.jbareos.storage.job;

import java.time.Duration;
import java.util.Objects;
import org.jbareos.storage.device.StorageDevices;

/**
 * What every job conversation of one Storage Daemon shares: who it is, its devices, its running jobs, how long a job
 * waits for its File Daemon after {@code run} ({@code Client Connect Wait}, default 30 minutes; {@code
 * stored/job.cc:WaitFD}) and for a device that other jobs hold.
 */
public record JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
    Duration clientConnectWait, Duration deviceWait) {
  /** The default {@code Client Connect Wait}. */
  public static final Duration DEFAULT_CLIENT_CONNECT_WAIT = Duration.ofMinutes(30);
  /** How long a job waits for a busy device by default before its reservation fails. */
  public static final Duration DEFAULT_DEVICE_WAIT = Duration.ofMinutes(30);

  public JobServices {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(devices, "devices");
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(clientConnectWait, "clientConnectWait");
    Objects.requireNonNull(deviceWait, "deviceWait");
  }

  /** Services whose jobs wait {@link #DEFAULT_DEVICE_WAIT} for a busy device. */
  public JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
      Duration clientConnectWait) {
    this(identity, devices, jobs, clientConnectWait, DEFAULT_DEVICE_WAIT);
  }
}
