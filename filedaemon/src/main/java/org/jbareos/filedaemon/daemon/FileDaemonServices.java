package org.jbareos.filedaemon.daemon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntPredicate;
import org.jbareos.net.session.ClientHandshake;

/**
 * What every Director session of one File Daemon shares.
 *
 * @param name the Client resource's name, in job messages ({@code bareos-fd JobId 1: ...}) and status
 * @param version what the FD reports about itself
 * @param storageHandshake the connect side for SD data connections ({@code R_CLIENT::<name>} in our challenge)
 * @param heartbeatInterval the Client's {@code Heartbeat Interval}; zero sends no heartbeats
 * @param jobs the jobs running now
 * @param clock the time of job messages
 * @param started when the daemon started (status)
 * @param toDirector the job message types that go to the Director
 */
record FileDaemonServices(String name, FileDaemonVersion version, ClientHandshake storageHandshake,
    Duration heartbeatInterval, RunningJobs jobs, Clock clock, Instant started,
    IntPredicate toDirector) {}
