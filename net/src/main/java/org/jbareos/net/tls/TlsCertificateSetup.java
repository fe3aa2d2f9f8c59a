package org.jbareos.net.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The JSSE side of a TLS resource configured with certificates ({@code TLS Certificate}, {@code TLS Key}, {@code TLS
 * CA Certificate File}; PROTOCOL.md §3.2): our certificate chain and key, and the CAs we trust for the peer.
 *
 * @param context the SSLContext holding both
 */
public record TlsCertificateSetup(SSLContext context) {

  private static final char[] IN_MEMORY = new char[0];

  /** Checks the argument. */
  public TlsCertificateSetup {
    Objects.requireNonNull(context, "context");
  }

  /** From PEM files with an unencrypted key. */
  public static TlsCertificateSetup fromPem(Path certificate, Path key, Path caCertificates) throws IOException {
    return fromPem(certificate, key, Optional.empty(), caCertificates);
  }

  /**
   * From PEM files.
   *
   * @param certificate our certificate, optionally followed by its intermediate CAs
   * @param key our private key
   * @param keyPassphrase the passphrase if the key is encrypted
   * @param caCertificates the CAs that sign the certificates of peers we accept
   * @throws IOException if a file cannot be read or holds no usable certificate or key
   */
  public static TlsCertificateSetup fromPem(Path certificate, Path key, Optional<char[]> keyPassphrase,
      Path caCertificates) throws IOException {
    List<X509Certificate> chain = PemFiles.certificates(certificate);
    PrivateKey privateKey = PemFiles.privateKey(key, keyPassphrase);
    List<X509Certificate> trusted = PemFiles.certificates(caCertificates);
    try {
      KeyStore ours = KeyStore.getInstance("PKCS12");
      ours.load(null, null);
      ours.setKeyEntry("own", privateKey, IN_MEMORY, chain.toArray(X509Certificate[]::new));
      KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(ours, IN_MEMORY);

      KeyStore cas = KeyStore.getInstance("PKCS12");
      cas.load(null, null);
      for (int i = 0; i < trusted.size(); i++) {
        cas.setCertificateEntry("ca-" + i, trusted.get(i));
      }
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(cas);

      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), new SecureRandom());
      return new TlsCertificateSetup(context);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot use " + certificate + " / " + key + ": " + e.getMessage(), e);
    }
  }
}
