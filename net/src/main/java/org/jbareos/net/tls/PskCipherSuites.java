package org.jbareos.net.tls;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;
import org.bouncycastle.tls.CipherSuite;
import org.bouncycastle.tls.ProtocolVersion;

/**
 * The cipher suites jbareos offers on TLS-PSK links (PROTOCOL.md §3.3), in preference order.
 *
 * <p>TLS 1.3 suites: the PSK is an external PSK with a SHA-256 hash (Bareos uses OpenSSL's legacy PSK callbacks), so
 * only SHA-256 suites can use it. The client also lists {@code TLS_AES_256_GCM_SHA384}, as OpenSSL does; an OpenSSL
 * server with PSK callbacks then prefers the SHA-256 suites ({@code ssl3_choose_cipher}, {@code prefer_sha256}).
 * The server only selects the SHA-256 suite, as the PSK would not be usable with any other.
 *
 * <p>TLS 1.2 suites: forward-secret PSK key exchanges first, plain PSK last (python-bareos with sslpsk ends up on
 * {@code PSK-AES128-GCM-SHA256}). All are AEAD suites that OpenSSL's default list {@code ALL:!ADH:!LOW:!EXP:!MD5}
 * contains.
 *
 * <p>No ChaCha20-Poly1305 suites: {@code JcaTlsCrypto} looks for them under BouncyCastle's provider names
 * ({@code ChaCha7539}, {@code Poly1305}), which the JDK's providers lack, so BouncyCastle would drop them anyway.
 * OpenSSL peers (Bareos, python-bareos) always offer AES-GCM suites as well, so nothing is lost.
 */
final class PskCipherSuites {

  private static final int[] TLS13_CLIENT = {
    CipherSuite.TLS_AES_128_GCM_SHA256,
    CipherSuite.TLS_AES_256_GCM_SHA384,
  };

  private static final int[] TLS13_SERVER = {
    CipherSuite.TLS_AES_128_GCM_SHA256,
  };

  private static final int[] TLS12 = {
    CipherSuite.TLS_DHE_PSK_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_DHE_PSK_WITH_AES_128_GCM_SHA256,
    CipherSuite.TLS_PSK_WITH_AES_256_GCM_SHA384,
    CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256,
  };

  private static final Map<Integer, String> IANA_NAMES = Map.of(
      CipherSuite.TLS_AES_128_GCM_SHA256, "TLS_AES_128_GCM_SHA256",
      CipherSuite.TLS_AES_256_GCM_SHA384, "TLS_AES_256_GCM_SHA384",
      CipherSuite.TLS_DHE_PSK_WITH_AES_256_GCM_SHA384, "TLS_DHE_PSK_WITH_AES_256_GCM_SHA384",
      CipherSuite.TLS_DHE_PSK_WITH_AES_128_GCM_SHA256, "TLS_DHE_PSK_WITH_AES_128_GCM_SHA256",
      CipherSuite.TLS_PSK_WITH_AES_256_GCM_SHA384, "TLS_PSK_WITH_AES_256_GCM_SHA384",
      CipherSuite.TLS_PSK_WITH_AES_128_GCM_SHA256, "TLS_PSK_WITH_AES_128_GCM_SHA256");

  private PskCipherSuites() {}

  /** What a client offers for the given versions. */
  static int[] client(TlsVersions versions) {
    return concat(versions.allowsTls13() ? TLS13_CLIENT : new int[0], versions.allowsTls12() ? TLS12 : new int[0]);
  }

  /** What a server accepts for the given versions. */
  static int[] server(TlsVersions versions) {
    return concat(versions.allowsTls13() ? TLS13_SERVER : new int[0], versions.allowsTls12() ? TLS12 : new int[0]);
  }

  /** The log words for a negotiated BouncyCastle session (see {@link OpenSslCipherNames}). */
  static String protection(int cipherSuite, ProtocolVersion version) {
    String protocol;
    if (ProtocolVersion.TLSv13.equals(version)) {
      protocol = "TLSv1.3";
    } else if (ProtocolVersion.TLSv12.equals(version)) {
      protocol = "TLSv1.2";
    } else {
      throw new IllegalStateException("negotiated a TLS version jbareos does not offer: " + version);
    }
    return OpenSslCipherNames.protection(ianaName(cipherSuite), protocol);
  }

  /** The IANA name of one of our suites. */
  static String ianaName(int cipherSuite) {
    String name = IANA_NAMES.get(cipherSuite);
    if (name == null) {
      throw new IllegalStateException("negotiated a cipher suite jbareos does not offer: 0x"
          + Integer.toHexString(cipherSuite));
    }
    return name;
  }

  private static int[] concat(int[] first, int[] second) {
    return IntStream.concat(Arrays.stream(first), Arrays.stream(second)).toArray();
  }
}
