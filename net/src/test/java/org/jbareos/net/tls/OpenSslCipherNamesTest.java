package org.jbareos.net.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The OpenSSL names in our table are the ones OpenSSL itself prints (Bareos logs OpenSSL's names). */
class OpenSslCipherNamesTest {

  @Test
  void everyOfferedPskSuiteHasAName() {
    for (TlsVersions versions : TlsVersions.values()) {
      for (int suite : PskCipherSuites.client(versions)) {
        assertThat(OpenSslCipherNames.BY_IANA_NAME).containsKey(PskCipherSuites.ianaName(suite));
      }
    }
    assertThat(PskCipherSuites.protection(
            org.bouncycastle.tls.CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, org.bouncycastle.tls.ProtocolVersion.TLSv12))
        .isEqualTo("PSK-AES128-GCM-SHA256 TLSv1.2");
  }

  @Test
  void tableMatchesOpenSslStdnameOutput() throws Exception {
    assumeThat(OpenSslProcess.available()).as("openssl is on the PATH").isTrue();
    Map<String, String> fromOpenSsl = new TreeMap<>();
    try (OpenSslProcess ciphers = OpenSslProcess.start(List.of("ciphers", "-stdname", "-psk", "ALL:PSK"))) {
      while (true) {
        String line = ciphers.awaitLine(l -> true, "a cipher line");
        if (line.contains(" - ")) {
          String[] words = line.trim().split("\\s+");
          fromOpenSsl.put(words[0], words[2]);
        }
        if (fromOpenSsl.keySet().containsAll(OpenSslCipherNames.BY_IANA_NAME.keySet())) {
          break;
        }
      }
    }
    OpenSslCipherNames.BY_IANA_NAME.forEach(
        (iana, openssl) -> assertThat(fromOpenSsl.get(iana)).as(iana).isEqualTo(openssl));
  }
}
