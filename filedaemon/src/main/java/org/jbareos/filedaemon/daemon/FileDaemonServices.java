package org.jbareos.filedaemon.daemon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntPredicate;
import org.jbareos.net.session.ClientHandshake;

/**
 * What every Director session of one File Daemon shares.
 *
 * @param name the Client resource's name, in job messages ({@code bareos-fd JobId 1: ...}) and status
 * @param version what the FD reports about itself
 * @param storageHandshake the connect side for SD data connections ({@code R_CLIENT::<name>} in our challenge)
 * @param heartbeatInterval the Client's {@code Heartbeat Interval}; zero sends no heartbeats
 * @param sdConnectTimeout the Client's {@code SD Connect Timeout}: how long to keep trying to reach an SD
 * @param jobs the jobs running now
 * @param clock the time of job messages
 * @param started when the daemon started (status)
 * @param toDirector the job message types that go to the Director
 * @param allowedJobCommands the Client's {@code Allowed Job Command} list; empty allows every job command
 */
record FileDaemonServices(String name, FileDaemonVersion version, ClientHandshake storageHandshake,
    Duration heartbeatInterval, Duration sdConnectTimeout, RunningJobs jobs, Clock clock, Instant started,
    IntPredicate toDirector, List<String> allowedJobCommands) {

  FileDaemonServices {
    allowedJobCommands = List.copyOf(allowedJobCommands);
  }

  /**
   * {@code ValidateCommand} ({@code filed/dir_cmd.cc}): whether a job command ({@code backup}, {@code restore},
   * {@code verify}, {@code estimate}) may run; when not, the fatal job message Bareos sends is sent.
   */
  boolean allows(String command, JobMessages messages) {
    if (allowedJobCommands.isEmpty()
        || allowedJobCommands.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(command))) {
      return true;
    }
    messages.fatal("Illegal \"" + command + "\" command not allowed by Allowed Job Cmds setting of this filed.\n");
    return false;
  }
}
