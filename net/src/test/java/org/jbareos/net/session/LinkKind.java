package org.jbareos.net.session;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.jbareos.net.SocketTransport;
import org.jbareos.net.Transport;
import org.jbareos.net.tls.PskIdentity;
import org.jbareos.net.tls.PskSecret;
import org.jbareos.net.tls.ThrowawayPki;
import org.jbareos.net.tls.TlsCertificateClient;
import org.jbareos.net.tls.TlsCertificateSetup;
import org.jbareos.net.tls.TlsPskClient;
import org.jbareos.net.tls.TlsVersions;

/** The transports every handshake test runs over (STYLE.md: one test class, run once per transport). */
enum LinkKind {
  CLEARTEXT,
  TLS_PSK_1_2,
  TLS_PSK_1_3,
  CERTIFICATE_TLS;

  TlsPolicy policy() {
    return this == CLEARTEXT ? TlsPolicy.NONE : TlsPolicy.REQUIRED;
  }

  TlsVersions versions() {
    return this == TLS_PSK_1_2 ? TlsVersions.TLS_1_2_ONLY : this == TLS_PSK_1_3 ? TlsVersions.TLS_1_3_ONLY
        : TlsVersions.DEFAULT;
  }

  /** A CA and one certificate each for the two sides, made once per test class. */
  record Pki(TlsCertificateSetup server, TlsCertificateSetup client) {
    static Pki create(Path directory) throws Exception {
      ThrowawayPki pki = new ThrowawayPki(directory, "handshake-test");
      ThrowawayPki.Credentials sd = pki.issue("bareos-sd", null);
      ThrowawayPki.Credentials dir = pki.issue("bareos-dir", null);
      return new Pki(TlsCertificateSetup.fromPem(sd.certificate(), sd.key(), pki.caFile()),
          TlsCertificateSetup.fromPem(dir.certificate(), dir.key(), pki.caFile()));
    }
  }

  /**
   * A raw transport to the server, set up the way a well-behaved client of this kind would (TLS first where the
   * kind has it), so a test can then send whatever bytes it likes inside it.
   */
  Transport rawClient(Socket socket, PskSecret secret, Pki pki) throws IOException {
    Duration timeout = Duration.ofSeconds(10);
    return switch (this) {
      case CLEARTEXT -> new SocketTransport(socket);
      case TLS_PSK_1_2, TLS_PSK_1_3 -> TlsPskClient.connect(new BufferedInputStream(socket.getInputStream()),
          socket.getOutputStream(), socket, PskIdentity.director("bareos-dir"), secret, versions(), timeout);
      case CERTIFICATE_TLS -> TlsCertificateClient.connect(socket, pki.client(), versions(), timeout);
    };
  }
}
