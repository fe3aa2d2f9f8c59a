package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our TLS-PSK client and server against OpenSSL 3, the library Bareos uses, configured the way Bareos configures it
 * (PROTOCOL.md §3.2): identity {@code R_DIRECTOR<0x1E>bareos-dir}, key = the ASCII MD5 hex of the password, cipher
 * list {@code ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH}. For TLS 1.3, OpenSSL's own s_server/s_client bind an external PSK
 * to TLS_AES_128_GCM_SHA256 (SHA-256, as Bareos' legacy callbacks do). Skipped when {@code openssl} is not installed.
 */
class TlsPskOpenSslInteropTest {

  private static final PskIdentity DIRECTOR = PskIdentity.director("bareos-dir");
  private static final PskSecret FD_SECRET = PskSecret.fromPassword("fd-secret");
  private static final String BAREOS_CIPHER_LIST = "ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH";

  @BeforeAll
  static void needsOpenSsl() {
    assumeTrue(OpenSslProcess.available(), "openssl is not on the PATH");
  }

  @ParameterizedTest
  @CsvSource({"-tls1_2, TLSv1.2", "-tls1_3, TLSv1.3"})
  void ourClientTalksToOpenSslServer(String versionFlag, String expectedProtocol) throws Throwable {
    int port = freePort();
    List<String> arguments = new ArrayList<>(List.of("s_server", "-accept", "127.0.0.1:" + port, "-nocert",
        "-psk", OpenSslProcess.pskHex(FD_SECRET), "-psk_identity", new String(DIRECTOR.toBytes(),
            StandardCharsets.US_ASCII), "-naccept", "1", "-cipher", BAREOS_CIPHER_LIST, versionFlag));
    if (versionFlag.equals("-tls1_3")) {
      arguments.addAll(List.of("-ciphersuites", "TLS_AES_128_GCM_SHA256"));
    }
    try (OpenSslProcess server = OpenSslProcess.start(arguments)) {
      server.awaitLine(line -> line.equals("ACCEPT"), "ACCEPT");
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
          PskTransport client = TlsPskClient.connect(socket.getInputStream(), socket.getOutputStream(), socket,
              DIRECTOR, FD_SECRET, TlsVersions.DEFAULT)) {
        assertThat(client.protection()).endsWith(" " + expectedProtocol);

        client.output().write("Hello from jbareos\n".getBytes(StandardCharsets.US_ASCII));
        client.output().flush();
        String cipherLine = server.awaitLine(line -> line.startsWith("CIPHER is "), "its cipher");
        assertThat(client.protection()).startsWith(cipherLine.substring("CIPHER is ".length()) + " ");
        server.awaitLine(line -> line.equals("Hello from jbareos"), "our line");

        server.send("Hello from openssl\n");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(client.input(), StandardCharsets.US_ASCII));
        assertThat(reader.readLine()).isEqualTo("Hello from openssl");
      }
      assertThat(server.awaitExit()).as(server.transcript()).isZero();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "-tls1_2, TLS_1_2_AND_1_3, TLSv1.2",
    "-tls1_3, TLS_1_2_AND_1_3, TLSv1.3",
    "'',      TLS_1_2_AND_1_3, TLSv1.3",
    "'',      TLS_1_2_ONLY,    TLSv1.2",
  })
  void openSslClientTalksToOurServer(String versionFlag, TlsVersions serverVersions, String expectedProtocol)
      throws Throwable {
    PskKeyLookup config = identity -> Optional.ofNullable(Map.of(DIRECTOR, FD_SECRET).get(identity));
    try (LoopbackPair pair = new LoopbackPair()) {
      CompletableFuture<PskTransport> accepted = pair.acceptOne((socket, peeked) ->
          TlsPskServer.accept(peeked, socket.getOutputStream(), socket, config, serverVersions));
      List<String> arguments = new ArrayList<>(List.of("s_client", "-connect", "127.0.0.1:" + pair.port(),
          "-psk", OpenSslProcess.pskHex(FD_SECRET), "-psk_identity", new String(DIRECTOR.toBytes(),
              StandardCharsets.US_ASCII), "-cipher", BAREOS_CIPHER_LIST, "-ign_eof"));
      if (!versionFlag.isEmpty()) {
        arguments.add(versionFlag);
      }
      try (OpenSslProcess client = OpenSslProcess.start(arguments)) {
        try (PskTransport server = LoopbackPair.await(accepted)) {
          assertThat(server.identity()).isEqualTo(DIRECTOR);
          assertThat(server.protection()).endsWith(" " + expectedProtocol);

          server.output().write("Hello from jbareos\n".getBytes(StandardCharsets.US_ASCII));
          server.output().flush();
          String cipherLine = client.awaitLine(line -> line.contains(", Cipher is "), "its cipher");
          assertThat(cipherLine).contains(expectedProtocol);
          assertThat(server.protection())
              .startsWith(cipherLine.substring(cipherLine.indexOf(", Cipher is ") + 12) + " ");
          client.awaitLine(line -> line.equals("Hello from jbareos"), "our line");

          client.send("Hello from openssl\n");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(server.input(), StandardCharsets.US_ASCII));
          assertThat(reader.readLine()).isEqualTo("Hello from openssl");
        }
        client.awaitExit();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return probe.getLocalPort();
    }
  }
}
