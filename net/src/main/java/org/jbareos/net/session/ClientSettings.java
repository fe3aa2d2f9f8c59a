package org.jbareos.net.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.tls.TlsCertificateSetup;
import org.jbareos.net.tls.TlsVersions;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;

/**
 * How a daemon or console connects to another.
 *
 * @param own our resource, named in our CRAM-MD5 challenge ({@code R_DIRECTOR::bareos-dir}; on job links too)
 * @param participant us in the network trace
 * @param tlsVersions the TLS versions offered for TLS-PSK
 * @param cram CRAM-MD5 delays and options
 * @param connectTimeout the TCP connect timeout
 * @param handshakeTimeout the longest wait for any single step of the handshake
 * @param trace where to write the network trace, if anywhere
 * @param certificates certificate TLS instead of TLS-PSK when the server's resource enables TLS
 * @param heartbeatInterval the {@code Heartbeat Interval} that applies to the link, also its TCP keepalive idle time
 *     and probe interval ({@link org.jbareos.net.TcpKeepalive}); zero keeps the system's
 */
public record ClientSettings(
    QualifiedName own,
    Participant participant,
    TlsVersions tlsVersions,
    CramSettings cram,
    Duration connectTimeout,
    Duration handshakeTimeout,
    Optional<NetworkTrace> trace,
    Optional<TlsCertificateSetup> certificates,
    Duration heartbeatInterval) {

  public ClientSettings {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(tlsVersions, "tlsVersions");
    Objects.requireNonNull(cram, "cram");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
  }

  /** Settings without a heartbeat interval. */
  public ClientSettings(QualifiedName own, Participant participant, TlsVersions tlsVersions, CramSettings cram,
      Duration connectTimeout, Duration handshakeTimeout, Optional<NetworkTrace> trace,
      Optional<TlsCertificateSetup> certificates) {
    this(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout, trace, certificates, Duration.ZERO);
  }

  /** TLS 1.2 and 1.3, Bareos's delays, a 10 s connect timeout, no trace. */
  public static ClientSettings of(QualifiedName own, Participant participant) {
    return new ClientSettings(own, participant, TlsVersions.DEFAULT, CramSettings.DEFAULT, Duration.ofSeconds(10),
        ServerSettings.DEFAULT_HANDSHAKE_TIMEOUT, Optional.empty(), Optional.empty());
  }

  public ClientSettings withCram(CramSettings settings) {
    return new ClientSettings(own, participant, tlsVersions, settings, connectTimeout, handshakeTimeout, trace,
        certificates, heartbeatInterval);
  }

  public ClientSettings withTlsVersions(TlsVersions versions) {
    return new ClientSettings(own, participant, versions, cram, connectTimeout, handshakeTimeout, trace,
        certificates, heartbeatInterval);
  }

  public ClientSettings withTrace(NetworkTrace networkTrace) {
    return new ClientSettings(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout,
        Optional.of(networkTrace), certificates, heartbeatInterval);
  }

  public ClientSettings withCertificates(TlsCertificateSetup setup) {
    return new ClientSettings(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout, trace,
        Optional.of(setup), heartbeatInterval);
  }

  public ClientSettings withHeartbeatInterval(Duration interval) {
    return new ClientSettings(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout, trace,
        certificates, interval);
  }

  /**
   * These settings for a link whose resource (the server's Client or Storage resource) may set its own {@code
   * Heartbeat Interval}: that one when it is set, else ours ({@code dird/fd_cmds.cc get_heartbeat_interval}).
   */
  public ClientSettings withResourceHeartbeat(Duration resourceInterval) {
    return resourceInterval != null && resourceInterval.isPositive() ? withHeartbeatInterval(resourceInterval) : this;
  }
}
