package org.jbareos.config.schema;

import java.util.List;

/**
 * The TLS settings of one resource (the TLS resource of a connection, PROTOCOL.md §2.5, §3.1).
 *
 * @param enable TLS Enable (default yes)
 * @param require TLS Require (default yes)
 * @param verifyPeer TLS Verify Peer (default no)
 * @param certificate TLS Certificate, or null: without one, TLS means TLS-PSK
 * @param key TLS Key
 * @param caCertificateFile TLS CA Certificate File
 * @param caCertificateDir TLS CA Certificate Dir
 * @param allowedCn TLS Allowed CN
 * @param cipherList TLS Cipher List (TLS 1.2 and lower)
 * @param cipherSuites TLS Cipher Suites (TLS 1.3)
 * @param protocol TLS Protocol
 */
public record TlsSettings(
    boolean enable,
    boolean require,
    boolean verifyPeer,
    String certificate,
    String key,
    String caCertificateFile,
    String caCertificateDir,
    List<String> allowedCn,
    String cipherList,
    String cipherSuites,
    String protocol) {

  public TlsSettings {
    allowedCn = allowedCn == null ? List.of() : List.copyOf(allowedCn);
  }

  /** Reads the TLS directives of any resource that has them. */
  public static TlsSettings of(Resource r) {
    return new TlsSettings(r.get(TlsDirectives.ENABLE), r.get(TlsDirectives.REQUIRE),
        r.get(TlsDirectives.VERIFY_PEER), r.get(TlsDirectives.CERTIFICATE),
        r.get(TlsDirectives.KEY), r.get(TlsDirectives.CA_CERTIFICATE_FILE),
        r.get(TlsDirectives.CA_CERTIFICATE_DIR), r.get(TlsDirectives.ALLOWED_CN),
        r.get(TlsDirectives.CIPHER_LIST), r.get(TlsDirectives.CIPHER_SUITES),
        r.get(TlsDirectives.PROTOCOL));
  }

  /**
   * The {@code ssl=N} value sent in {@code auth cram-md5}: {@code Enable ? (Require ? 2 : 1) : 0}
   * (PROTOCOL.md §2.5).
   */
  public int policy() {
    return enable ? (require ? 2 : 1) : 0;
  }

  /** Whether TLS uses certificates; otherwise an enabled TLS is TLS-PSK with the password. */
  public boolean usesCertificates() {
    return certificate != null;
  }
}
