package org.jbareos.net.tls;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A CA and certificates made at test time (EC P-256), written as PEM files; no key material is committed. */
public final class ThrowawayPki {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  private final Path directory;
  private final String caName;
  private final KeyPair caKeys;
  private final X509Certificate caCertificate;

  public ThrowawayPki(Path directory, String caName) throws GeneralSecurityException, OperatorCreationException {
    this.directory = directory;
    this.caName = caName;
    this.caKeys = newKeyPair();
    X500Name subject = new X500Name("CN=" + caName);
    JcaX509v3CertificateBuilder builder = builder(subject, subject, caKeys);
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    } catch (IOException e) {
      throw new GeneralSecurityException(e);
    }
    this.caCertificate = sign(builder, caKeys);
  }

  /** The CA certificate as a PEM file. */
  public Path caFile() throws IOException {
    return writePem(caName + "-ca.pem", caCertificate);
  }

  /** A certificate and key for {@code commonName}, signed by this CA; the key is encrypted if a passphrase is given. */
  public Credentials issue(String commonName, char[] passphrase) throws Exception {
    KeyPair keys = newKeyPair();
    JcaX509v3CertificateBuilder builder = builder(new X500Name("CN=" + caName), new X500Name("CN=" + commonName), keys);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    X509Certificate certificate = sign(builder, caKeys);
    Path certificateFile = writePem(commonName + "-cert.pem", certificate);
    Path keyFile = directory.resolve(commonName + "-key.pem");
    try (Writer writer = Files.newBufferedWriter(keyFile, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      if (passphrase == null) {
        pem.writeObject(new JcaPKCS8Generator(keys.getPrivate(), null));
      } else {
        pem.writeObject(new JcaPKCS8Generator(keys.getPrivate(),
            new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                .setProvider(new BouncyCastleProvider()).setPassword(passphrase).build()));
      }
    }
    return new Credentials(certificateFile, keyFile);
  }

  public record Credentials(Path certificate, Path key) {}

  private Path writePem(String name, Object object) throws IOException {
    Path file = directory.resolve(name);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
        JcaPEMWriter pem = new JcaPEMWriter(writer)) {
      pem.writeObject(object);
    }
    return file;
  }

  private static KeyPair newKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  private static JcaX509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject, keys.getPublic());
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair signer)
      throws GeneralSecurityException, OperatorCreationException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())));
  }
}
