package org.jbareos.storage.job;

import java.time.Clock;
import java.util.Objects;
import org.jbareos.storage.device.LabelSource;

/**
 * Who this Storage Daemon is in the messages it sends and the labels it writes.
 *
 * @param name the Storage resource name, the prefix of every job message ({@code bareos-sd JobId 1: ...})
 * @param versionText what follows {@code Version: } in the job's first message, e.g. {@code 26.0.0~pre1298.eda204c31
 *     (21 August 2026) Debian GNU/Linux 12 (bookworm)} ({@code stored/fd_cmds.cc:RunJob})
 * @param labels host name and program strings for new volume labels
 * @param clock the time of messages ({@code level=}), labels and catalog updates
 */
public record StorageDaemonIdentity(String name, String versionText, LabelSource labels, Clock clock) {
  public StorageDaemonIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(versionText, "versionText");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(clock, "clock");
  }

  /** Seconds since the epoch now. */
  public long nowSeconds() {
    return clock.instant().getEpochSecond();
  }
}
