package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Certificate TLS against OpenSSL 3 with both sides verifying each other (Bareos' {@code TLS Verify Peer}), using
 * certificates generated for the test. Skipped when {@code openssl} is not installed.
 */
class TlsCertificateOpenSslInteropTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @TempDir static Path directory;

  private static Path caFile;
  private static ThrowawayPki.Credentials openSslSide;
  private static TlsCertificateSetup ourSide;

  @BeforeAll
  static void issueCertificates() throws Exception {
    assumeTrue(OpenSslProcess.available(), "openssl is not on the PATH");
    ThrowawayPki pki = new ThrowawayPki(directory, "interop");
    caFile = pki.caFile();
    openSslSide = pki.issue("bareos-sd", null);
    ThrowawayPki.Credentials ours = pki.issue("bareos-dir", null);
    ourSide = TlsCertificateSetup.fromPem(ours.certificate(), ours.key(), caFile);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-tls1_2", "-tls1_3"})
  void ourClientTalksToOpenSslServer(String versionFlag) throws Throwable {
    int port;
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      port = probe.getLocalPort();
    }
    List<String> arguments = List.of("s_server", "-accept", "127.0.0.1:" + port, "-cert",
        openSslSide.certificate().toString(), "-key", openSslSide.key().toString(), "-CAfile", caFile.toString(),
        "-Verify", "1", "-naccept", "1", versionFlag);
    try (OpenSslProcess server = OpenSslProcess.start(arguments)) {
      server.awaitLine(line -> line.equals("ACCEPT"), "ACCEPT");
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
          CertificateTransport client =
              TlsCertificateClient.connect(socket, ourSide, TlsVersions.DEFAULT, TIMEOUT)) {
        client.output().write("Hello from jbareos\n".getBytes(StandardCharsets.US_ASCII));
        client.output().flush();
        String cipherLine = server.awaitLine(line -> line.startsWith("CIPHER is "), "its cipher");
        assertThat(client.protection())
            .isEqualTo(cipherLine.substring("CIPHER is ".length()) + " " + protocolOf(versionFlag));
        server.awaitLine(line -> line.equals("Hello from jbareos"), "our line");
        server.send("Hello from openssl\n");
        assertThat(new BufferedReader(new InputStreamReader(client.input(), StandardCharsets.US_ASCII)).readLine())
            .isEqualTo("Hello from openssl");
      }
      assertThat(server.awaitExit()).as(server.transcript()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-tls1_2", "-tls1_3"})
  void openSslClientTalksToOurServer(String versionFlag) throws Throwable {
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<CertificateTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsCertificateServer.accept(peeked, socket, ourSide, true, TlsVersions.DEFAULT, TIMEOUT));
      List<String> arguments = new ArrayList<>(List.of("s_client", "-connect", "127.0.0.1:" + pair.port(),
          "-cert", openSslSide.certificate().toString(), "-key", openSslSide.key().toString(),
          "-CAfile", caFile.toString(), "-verify_return_error", "-ign_eof", versionFlag));
      try (OpenSslProcess client = OpenSslProcess.start(arguments)) {
        try (CertificateTransport server = LoopbackPair.await(accepted)) {
          assertThat(server.protection()).endsWith(" " + protocolOf(versionFlag));
          server.output().write("Hello from jbareos\n".getBytes(StandardCharsets.US_ASCII));
          server.output().flush();
          String cipherLine = client.awaitLine(line -> line.contains(", Cipher is "), "its cipher");
          assertThat(server.protection())
              .startsWith(cipherLine.substring(cipherLine.indexOf(", Cipher is ") + 12) + " ");
          client.awaitLine(line -> line.equals("Hello from jbareos"), "our line");
          client.send("Hello from openssl\n");
          assertThat(new BufferedReader(new InputStreamReader(server.input(), StandardCharsets.US_ASCII)).readLine())
              .isEqualTo("Hello from openssl");
        }
        client.awaitExit();
      }
    }
  }

  private static String protocolOf(String versionFlag) {
    return versionFlag.equals("-tls1_2") ? "TLSv1.2" : "TLSv1.3";
  }
}
