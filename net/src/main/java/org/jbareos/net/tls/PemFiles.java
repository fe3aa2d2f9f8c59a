package org.jbareos.net.tls;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads the PEM files of a Bareos TLS resource: {@code TLS Certificate} (one or more certificates, the first being
 * ours), {@code TLS Key} (PKCS#8, traditional RSA/EC, optionally encrypted with the PEM passphrase) and {@code TLS CA
 * Certificate File} (any number of certificates). Errors name the file.
 */
final class PemFiles {

  /**
   * For decrypting keys: OpenSSL's PEM encryptions need ciphers and KDFs (e.g. AES/CBC/PKCS7Padding) that the JDK's
   * providers do not offer. Used directly, not registered in the JVM.
   */
  private static final BouncyCastleProvider BOUNCY_CASTLE = new BouncyCastleProvider();

  private PemFiles() {}

  /** All certificates in a PEM file, in order. */
  static List<X509Certificate> certificates(Path file) throws IOException {
    List<X509Certificate> certificates = new ArrayList<>();
    JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        if (object instanceof X509CertificateHolder holder) {
          certificates.add(converter.getCertificate(holder));
        }
      }
    } catch (CertificateException e) {
      throw new IOException(file + ": bad certificate: " + e.getMessage(), e);
    }
    if (certificates.isEmpty()) {
      throw new IOException(file + ": no PEM certificate in it");
    }
    return certificates;
  }

  /** The first private key in a PEM file, decrypted with the passphrase if it is encrypted. */
  static PrivateKey privateKey(Path file, Optional<char[]> passphrase) throws IOException {
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
        switch (object) {
          case PrivateKeyInfo info -> {
            return converter.getPrivateKey(info);
          }
          case PEMKeyPair pair -> {
            // traditional "RSA/EC PRIVATE KEY"; an EC one may lack the public key, so convert the private part only
            return converter.getPrivateKey(pair.getPrivateKeyInfo());
          }
          case PKCS8EncryptedPrivateKeyInfo encrypted -> {
            char[] password = passphrase.orElseThrow(() -> new IOException(file + ": key is encrypted, no passphrase"));
            return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password)));
          }
          case PEMEncryptedKeyPair encrypted -> {
            char[] password = passphrase.orElseThrow(() -> new IOException(file + ": key is encrypted, no passphrase"));
            return converter.getPrivateKey(encrypted
                .decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BOUNCY_CASTLE).build(password))
                .getPrivateKeyInfo());
          }
          default -> {
            // other PEM objects (e.g. EC parameters before the key) are skipped
          }
        }
      }
    } catch (PEMException | OperatorCreationException | PKCSException e) {
      throw new IOException(file + ": cannot read the private key: " + e.getMessage(), e);
    }
    throw new IOException(file + ": no PEM private key in it");
  }
}
