package org.jbareos.director.job;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.director.clients.ClientConnectionPool;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.hello.BareosVersion;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.ClientSettings;
import org.jbareos.net.trace.Participant;

/**
 * How the job engine talks to the daemons and reports.
 *
 * @param directorName our Director resource name, in hellos, CRAM challenges and job log lines
 * @param version the version word of our hello ({@code Hello Director bareos-dir calling Version="26.0.0"})
 * @param release the release text of the summary's first line ({@code Bareos bareos-dir <release>:})
 * @param connect how we connect to SDs and FDs (TLS versions, CRAM delays, timeouts, trace)
 * @param clock job times, unique job names and btime answers
 * @param messageTimeout the longest wait for a daemon's answer to one command; the data transfer itself
 *     (FD's {@code 2800 End Job}, SD's {@code 3099}) is waited for without limit, as Bareos does
 * @param clients the client initiated connections a job uses before dialling (PROTOCOL.md §9); the Director
 *     daemon must fill the same pool ({@code DirectorDaemon.Options.withWaitingClients})
 */
public record JobEngineSettings(
    String directorName,
    BareosVersion version,
    String release,
    ClientSettings connect,
    Clock clock,
    Duration messageTimeout,
    ClientConnectionPool clients) {

  public JobEngineSettings {
    Objects.requireNonNull(directorName, "directorName");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(connect, "connect");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(messageTimeout, "messageTimeout");
    Objects.requireNonNull(clients, "clients");
  }

  /**
   * Bareos 26.0.0 wire behaviour, the system clock in whole seconds, 5 minute answers. Bareos's job times are
   * {@code time_t} (whole seconds) everywhere: the catalog's StartTime and EndTime, so {@code list jobs} shows {@code
   * 2026-11-22 04:50:16} and a duration of {@code 00:00:03}, and the summary's times; a sub-second clock wrote
   * microseconds into the Job row that no Bareos catalog holds.
   */
  public static JobEngineSettings of(String directorName) {
    return new JobEngineSettings(directorName, new BareosVersion(26, 0, 0), "jbareos 26.0.0",
        ClientSettings.of(new QualifiedName(ResourceType.DIRECTOR, directorName), Participant.DIRECTOR),
        Clock.tickSeconds(ZoneId.systemDefault()), Duration.ofMinutes(5),
        new ClientConnectionPool());
  }

  /** The defaults for the Director a configuration describes (its Director resource's name and Heartbeat Interval). */
  public static JobEngineSettings of(DirectorConfig config) {
    JobEngineSettings settings = of(config.director().name());
    return settings.withConnect(settings.connect().withResourceHeartbeat(config.director().heartbeatInterval()));
  }

  public JobEngineSettings withConnect(ClientSettings settings) {
    return new JobEngineSettings(directorName, version, release, settings, clock, messageTimeout, clients);
  }

  public JobEngineSettings withClock(Clock newClock) {
    return new JobEngineSettings(directorName, version, release, connect, newClock, messageTimeout, clients);
  }

  public JobEngineSettings withMessageTimeout(Duration timeout) {
    return new JobEngineSettings(directorName, version, release, connect, clock, timeout, clients);
  }

  /** Jobs take client initiated connections from {@code pool} (the one the Director daemon fills). */
  public JobEngineSettings withClients(ClientConnectionPool pool) {
    return new JobEngineSettings(directorName, version, release, connect, clock, messageTimeout, pool);
  }

  /** Our hello to an SD or FD. */
  Hello.Director hello() {
    return new Hello.Director(directorName, Optional.of(version));
  }
}
