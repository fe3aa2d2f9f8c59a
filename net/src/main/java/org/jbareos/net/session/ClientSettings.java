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
 */
public record ClientSettings(
    QualifiedName own,
    Participant participant,
    TlsVersions tlsVersions,
    CramSettings cram,
    Duration connectTimeout,
    Duration handshakeTimeout,
    Optional<NetworkTrace> trace,
    Optional<TlsCertificateSetup> certificates) {

  public ClientSettings {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(tlsVersions, "tlsVersions");
    Objects.requireNonNull(cram, "cram");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(certificates, "certificates");
  }

  /** TLS 1.2 and 1.3, Bareos's delays, a 10 s connect timeout, no trace. */
  public static ClientSettings of(QualifiedName own, Participant participant) {
    return new ClientSettings(own, participant, TlsVersions.DEFAULT, CramSettings.DEFAULT, Duration.ofSeconds(10),
        ServerSettings.DEFAULT_HANDSHAKE_TIMEOUT, Optional.empty(), Optional.empty());
  }

  public ClientSettings withCram(CramSettings settings) {
    return new ClientSettings(own, participant, tlsVersions, settings, connectTimeout, handshakeTimeout, trace, certificates);
  }

  public ClientSettings withTlsVersions(TlsVersions versions) {
    return new ClientSettings(own, participant, versions, cram, connectTimeout, handshakeTimeout, trace, certificates);
  }

  public ClientSettings withTrace(NetworkTrace networkTrace) {
    return new ClientSettings(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout,
        Optional.of(networkTrace), certificates);
  }

  public ClientSettings withCertificates(TlsCertificateSetup setup) {
    return new ClientSettings(own, participant, tlsVersions, cram, connectTimeout, handshakeTimeout, trace,
        Optional.of(setup));
  }
}
