package org.jbareos.filedaemon.daemon;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.trace.NetworkTrace;

/**
 * How a {@link FileDaemon} runs, beyond its configuration.
 *
 * @param listen where to listen instead of the Client's {@code FD Addresses}/{@code FD Port} (tests use port 0)
 * @param cram CRAM-MD5 delays (Bareos sleeps 5 s after a failed authentication; tests use none)
 * @param version what the daemon reports about itself
 * @param clock the time of job messages and status
 * @param dialRetry the wait before a failed client-initiated connection is tried again (Bareos: 60 s)
 * @param trace where the network trace of every connection goes, if anywhere ({@code --trace})
 */
public record FileDaemonSettings(Optional<List<InetSocketAddress>> listen, CramSettings cram,
    FileDaemonVersion version, Clock clock, Duration dialRetry, Optional<NetworkTrace> trace) {

  public FileDaemonSettings {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(cram, "cram");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(dialRetry, "dialRetry");
    Objects.requireNonNull(trace, "trace");
    listen = listen.map(List::copyOf);
  }

  /** The configured addresses, Bareos's delays, jbareos's version, the system clock. */
  public static FileDaemonSettings defaults() {
    return new FileDaemonSettings(Optional.empty(), CramSettings.DEFAULT, FileDaemonVersion.jbareos(),
        Clock.systemUTC(), Duration.ofSeconds(60), Optional.empty());
  }

  public FileDaemonSettings listenOn(InetSocketAddress address) {
    return new FileDaemonSettings(Optional.of(List.of(address)), cram, version, clock, dialRetry, trace);
  }

  public FileDaemonSettings withCram(CramSettings settings) {
    return new FileDaemonSettings(listen, settings, version, clock, dialRetry, trace);
  }

  public FileDaemonSettings withDialRetry(Duration retry) {
    return new FileDaemonSettings(listen, cram, version, clock, retry, trace);
  }

  public FileDaemonSettings withVersion(FileDaemonVersion value) {
    return new FileDaemonSettings(listen, cram, value, clock, dialRetry, trace);
  }

  public FileDaemonSettings withTrace(NetworkTrace networkTrace) {
    return new FileDaemonSettings(listen, cram, version, clock, dialRetry, Optional.of(networkTrace));
  }
}
