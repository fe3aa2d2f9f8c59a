package org.jbareos.net.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.auth.CramSettings;
import org.jbareos.net.hello.HelloLengthLimit;
import org.jbareos.net.tls.TlsCertificateSetup;
import org.jbareos.net.tls.TlsVersions;
import org.jbareos.net.trace.NetworkTrace;
import org.jbareos.net.trace.Participant;

/**
 * How a daemon accepts connections.
 *
 * @param own the daemon's own resource, named in its CRAM-MD5 challenges ({@code R_STORAGE::bareos-sd})
 * @param participant the daemon in the network trace ({@code "Storage Daemon"})
 * @param helloLimit the hello length check of this kind of daemon (PROTOCOL.md §2.1)
 * @param tlsVersions the TLS versions accepted for TLS-PSK
 * @param certificates certificate TLS instead of TLS-PSK for connections that start with a TLS handshake
 * @param cram CRAM-MD5 delays and options
 * @param handshakeTimeout the longest wait for any single step of the handshake
 * @param trace where to write the network trace, if anywhere
 */
public record ServerSettings(
    QualifiedName own,
    Participant participant,
    HelloLengthLimit helloLimit,
    TlsVersions tlsVersions,
    Optional<TlsCertificateSetup> certificates,
    CramSettings cram,
    Duration handshakeTimeout,
    Optional<NetworkTrace> trace) {

  /** Bareos runs the whole authentication under {@code AUTH_TIMEOUT} (PROTOCOL.md §1.4); one step gets 3 minutes. */
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(180);

  public ServerSettings {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(helloLimit, "helloLimit");
    Objects.requireNonNull(tlsVersions, "tlsVersions");
    Objects.requireNonNull(certificates, "certificates");
    Objects.requireNonNull(cram, "cram");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
    Objects.requireNonNull(trace, "trace");
  }

  /** TLS-PSK (1.2 and 1.3), Bareos's delays, no trace. */
  public static ServerSettings of(QualifiedName own, Participant participant, HelloLengthLimit helloLimit) {
    return new ServerSettings(own, participant, helloLimit, TlsVersions.DEFAULT, Optional.empty(),
        CramSettings.DEFAULT, DEFAULT_HANDSHAKE_TIMEOUT, Optional.empty());
  }

  public ServerSettings withCram(CramSettings settings) {
    return new ServerSettings(own, participant, helloLimit, tlsVersions, certificates, settings, handshakeTimeout,
        trace);
  }

  public ServerSettings withTlsVersions(TlsVersions versions) {
    return new ServerSettings(own, participant, helloLimit, versions, certificates, cram, handshakeTimeout, trace);
  }

  public ServerSettings withCertificates(TlsCertificateSetup setup) {
    return new ServerSettings(own, participant, helloLimit, tlsVersions, Optional.of(setup), cram,
        handshakeTimeout, trace);
  }

  public ServerSettings withHandshakeTimeout(Duration timeout) {
    return new ServerSettings(own, participant, helloLimit, tlsVersions, certificates, cram, timeout, trace);
  }

  public ServerSettings withTrace(NetworkTrace networkTrace) {
    return new ServerSettings(own, participant, helloLimit, tlsVersions, certificates, cram, handshakeTimeout,
        Optional.of(networkTrace));
  }
}
