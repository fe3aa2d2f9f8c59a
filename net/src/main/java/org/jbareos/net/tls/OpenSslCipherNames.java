package org.jbareos.net.tls;

import java.util.Map;

/**
 * Names a negotiated cipher suite and protocol the way Bareos logs them: OpenSSL's {@code SSL_CIPHER_get_name} plus
 * {@code SSL_get_version}, e.g. {@code PSK-AES128-GCM-SHA256 TLSv1.2} ({@code lib/tls/openssl/impl.cc:
 * TlsCipherGetName}, PROTOCOL.md §3.2). The table holds the suites jbareos offers; the pairs are OpenSSL 3.0's
 * {@code openssl ciphers -stdname} output, and a test checks them against the installed OpenSSL.
 */
final class OpenSslCipherNames {

  /** IANA (RFC) name to OpenSSL name. TLS 1.3 suites keep their IANA names in OpenSSL. */
  static final Map<String, String> BY_IANA_NAME = Map.ofEntries(
      Map.entry("TLS_AES_128_GCM_SHA256", "TLS_AES_128_GCM_SHA256"),
      Map.entry("TLS_AES_256_GCM_SHA384", "TLS_AES_256_GCM_SHA384"),
      Map.entry("TLS_CHACHA20_POLY1305_SHA256", "TLS_CHACHA20_POLY1305_SHA256"),
      Map.entry("TLS_DHE_PSK_WITH_AES_256_GCM_SHA384", "DHE-PSK-AES256-GCM-SHA384"),
      Map.entry("TLS_DHE_PSK_WITH_AES_128_GCM_SHA256", "DHE-PSK-AES128-GCM-SHA256"),
      Map.entry("TLS_PSK_WITH_AES_256_GCM_SHA384", "PSK-AES256-GCM-SHA384"),
      Map.entry("TLS_PSK_WITH_AES_128_GCM_SHA256", "PSK-AES128-GCM-SHA256"),
      Map.entry("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "ECDHE-ECDSA-AES256-GCM-SHA384"),
      Map.entry("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "ECDHE-ECDSA-AES128-GCM-SHA256"),
      Map.entry("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305"),
      Map.entry("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384"),
      Map.entry("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "ECDHE-RSA-AES128-GCM-SHA256"),
      Map.entry("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", "ECDHE-RSA-CHACHA20-POLY1305"));

  private OpenSslCipherNames() {}

  /**
   * The log words for a session, e.g. {@code TLS_AES_128_GCM_SHA256 TLSv1.3}.
   *
   * @param ianaSuiteName the suite's IANA name; must be one jbareos offers
   * @param protocol the protocol as OpenSSL names it: {@code TLSv1.2} or {@code TLSv1.3}
   */
  static String protection(String ianaSuiteName, String protocol) {
    String name = BY_IANA_NAME.get(ianaSuiteName);
    if (name == null) {
      throw new IllegalStateException("negotiated a cipher suite jbareos does not offer: " + ianaSuiteName);
    }
    return name + " " + protocol;
  }
}
