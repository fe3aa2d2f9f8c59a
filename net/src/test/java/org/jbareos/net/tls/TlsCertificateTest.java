package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Certificate TLS (JSSE) between our client and server, with a CA and certificates generated for the test. */
class TlsCertificateTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final char[] PASSPHRASE = "pem-passphrase".toCharArray();

  @TempDir static Path directory;

  private static TlsCertificateSetup director;
  private static TlsCertificateSetup fileDaemon;
  private static TlsCertificateSetup stranger;

  @BeforeAll
  static void issueCertificates() throws Exception {
    ThrowawayPki pki = new ThrowawayPki(directory, "jbareos-test");
    ThrowawayPki.Credentials dir = pki.issue("bareos-dir", null);
    ThrowawayPki.Credentials fd = pki.issue("bareos-fd", PASSPHRASE);
    director = TlsCertificateSetup.fromPem(dir.certificate(), dir.key(), pki.caFile());
    fileDaemon = TlsCertificateSetup.fromPem(fd.certificate(), fd.key(), Optional.of(PASSPHRASE), pki.caFile());

    ThrowawayPki other = new ThrowawayPki(directory, "other");
    ThrowawayPki.Credentials alien = other.issue("alien-dir", null);
    stranger = TlsCertificateSetup.fromPem(alien.certificate(), alien.key(), other.caFile());
  }

  @ParameterizedTest
  @CsvSource({
    "TLS_1_2_ONLY, ECDHE-ECDSA-AES256-GCM-SHA384 TLSv1.2",
    "TLS_1_3_ONLY, TLS_AES_128_GCM_SHA256 TLSv1.3",
    "TLS_1_2_AND_1_3, TLS_AES_128_GCM_SHA256 TLSv1.3",
  })
  void bytesRoundTripWithMutualCertificates(TlsVersions versions, String expectedProtection) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<CertificateTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsCertificateServer.accept(peeked, socket, fileDaemon, true, versions, TIMEOUT));
      Socket socket = pair.connect();
      try (CertificateTransport client = TlsCertificateClient.connect(socket, director, versions, TIMEOUT);
          CertificateTransport server = LoopbackPair.await(accepted)) {
        assertThat(client.protection()).isEqualTo(server.protection()).isEqualTo(expectedProtection);
        assertThat(((X509Certificate) server.peerCertificates()[0]).getSubjectX500Principal().getName())
            .isEqualTo("CN=bareos-dir");
        assertThat(((X509Certificate) client.peerCertificates()[0]).getSubjectX500Principal().getName())
            .isEqualTo("CN=bareos-fd");
        assertThat(client.remoteAddress()).isEqualTo("127.0.0.1:" + pair.port());

        TlsPskRoundTripTest.exchange(client, server, "Hello Director bareos-dir calling\n".getBytes());
        byte[] large = new byte[100_000];
        new java.util.Random(7).nextBytes(large);
        TlsPskRoundTripTest.exchange(server, client, large);
      }
    }
  }

  @Test
  void clientThatDoesNotTrustTheServerCaFailsClearly() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<CertificateTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsCertificateServer.accept(peeked, socket, fileDaemon, false, TlsVersions.DEFAULT, TIMEOUT));
      Socket socket = pair.connect();
      assertThatThrownBy(() -> TlsCertificateClient.connect(socket, stranger, TlsVersions.DEFAULT, TIMEOUT))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS handshake with server 127.0.0.1:" + pair.port() + " failed")
          .hasMessageContaining("not signed by a CA we trust");
      assertThat(socket.isClosed()).isTrue();
      assertThatThrownBy(() -> LoopbackPair.await(accepted))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS handshake with client 127.0.0.1:");
    }
  }

  @Test
  void serverThatRequiresAClientCertificateRefusesAStranger() throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<CertificateTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsCertificateServer.accept(peeked, socket, fileDaemon, true, TlsVersions.TLS_1_2_ONLY, TIMEOUT));
      Socket socket = pair.connect();
      TlsCertificateSetup trustsOurCaButIsAStranger = stranger;
      try {
        TlsCertificateClient.connect(socket, trustsOurCaButIsAStranger, TlsVersions.TLS_1_2_ONLY, TIMEOUT).close();
      } catch (TlsHandshakeException expected) {
        // the client does not trust the server's CA either; only the server's verdict matters here
      }
      assertThatThrownBy(() -> LoopbackPair.await(accepted))
          .isInstanceOf(TlsHandshakeException.class)
          .hasMessageContaining("TLS handshake with client 127.0.0.1:");
    }
  }

  @Test
  void missingOrEmptyPemFilesAreNamedInTheError() throws IOException {
    Path empty = Files.writeString(directory.resolve("empty.pem"), "", StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> TlsCertificateSetup.fromPem(empty, empty, empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty.pem: no PEM certificate in it");
  }
}
