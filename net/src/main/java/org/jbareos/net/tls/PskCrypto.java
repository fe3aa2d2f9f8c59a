package org.jbareos.net.tls;

import java.security.SecureRandom;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCryptoProvider;

/**
 * The one BouncyCastle crypto all TLS-PSK handshakes share. It is the JCA-backed one, so AES-GCM and ChaCha20 run on
 * the JDK's intrinsics; BouncyCastle's pure-Java {@code BcTlsCrypto} is several times slower (DESIGN.md, TLS).
 */
final class PskCrypto {

  /** Thread-safe: JcaTlsCrypto creates a fresh cipher object for each connection. */
  static final JcaTlsCrypto INSTANCE = new JcaTlsCryptoProvider().create(new SecureRandom());

  private PskCrypto() {}
}
