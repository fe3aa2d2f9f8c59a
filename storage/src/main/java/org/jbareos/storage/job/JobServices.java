package org.jbareos.storage.job;

import java.time.Duration;
import java.util.Objects;
import org.jbareos.storage.device.StorageDevices;

/**
 * What every job conversation of one Storage Daemon shares: who it is, its devices, its running jobs, how long a job
 * waits for its File Daemon after {@code run} ({@code Client Connect Wait}, default 30 minutes; {@code
 * stored/job.cc:WaitFD}) and for a device that other jobs hold, and the Storage resource's {@code Heartbeat Interval}
 * (zero, Bareos's default, sends no heartbeats while a job waits).
 */
public record JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
    Duration clientConnectWait, Duration deviceWait, Duration heartbeatInterval) {
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
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
  }

  /** Services that send no heartbeats. */
  public JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
      Duration clientConnectWait, Duration deviceWait) {
    this(identity, devices, jobs, clientConnectWait, deviceWait, Duration.ZERO);
  }

  /** Services whose jobs wait {@link #DEFAULT_DEVICE_WAIT} for a busy device and send no heartbeats. */
  public JobServices(StorageDaemonIdentity identity, StorageDevices devices, JobRegistry jobs,
      Duration clientConnectWait) {
    this(identity, devices, jobs, clientConnectWait, DEFAULT_DEVICE_WAIT);
  }

  /** These services with the Storage resource's {@code Heartbeat Interval}. */
  public JobServices withHeartbeatInterval(Duration interval) {
    return new JobServices(identity, devices, jobs, clientConnectWait, deviceWait, interval);
  }
}
