package org.jbareos.net.tls;

import java.io.IOException;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.BasicTlsPSKExternal;
import org.bouncycastle.tls.BasicTlsPSKIdentity;
import org.bouncycastle.tls.PRFAlgorithm;
import org.bouncycastle.tls.PSKTlsClient;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsPSK;
import org.bouncycastle.tls.TlsUtils;

/**
 * The client side of a Bareos TLS-PSK handshake for BouncyCastle (PROTOCOL.md §3.3): one identity and key, used as a
 * TLS 1.2 PSK identity and as a TLS 1.3 external PSK with a SHA-256 hash (OpenSSL's legacy PSK callbacks, which
 * Bareos uses, map to exactly that). One instance per connection.
 */
final class BareosPskTlsClient extends PSKTlsClient {

  private final PskIdentity identity;
  private final PskSecret secret;
  private final TlsVersions versions;
  private volatile String refusal;

  BareosPskTlsClient(PskIdentity identity, PskSecret secret, TlsVersions versions) {
    super(PskCrypto.INSTANCE, new BasicTlsPSKIdentity(identity.toBytes(), secret.toBytes()));
    this.identity = identity;
    this.secret = secret;
    this.versions = versions;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return versions.protocolVersions();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return TlsUtils.getSupportedCipherSuites(getCrypto(), PskCipherSuites.client(versions));
  }

  /** The TLS 1.3 external PSK; offered with psk_dhe_ke, BouncyCastle's default mode. */
  @Override
  public Vector getExternalPSKs() {
    if (!versions.allowsTls13()) {
      return null;
    }
    return TlsUtils.vectorOfOne(new BasicTlsPSKExternal(
        identity.toBytes(), getCrypto().createSecret(secret.toBytes()), PRFAlgorithm.tls13_hkdf_sha256));
  }

  /** In TLS 1.3 a server that does not pick our PSK would want a certificate, which we cannot check. */
  @Override
  public void notifySelectedPSK(TlsPSK selectedPSK) throws IOException {
    if (selectedPSK == null) {
      refusal = "the server did not accept the pre-shared key of " + identity + " (TLS 1.3)";
      throw new TlsFatalAlert(AlertDescription.handshake_failure, refusal);
    }
  }

  /** Only called when the server sends a certificate, which a PSK link never does. */
  @Override
  public TlsAuthentication getAuthentication() throws IOException {
    refusal = "the server sent a certificate instead of using the pre-shared key";
    throw new TlsFatalAlert(AlertDescription.handshake_failure, refusal);
  }

  /** What went wrong that only this side knows, for the failure message. */
  Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The negotiated suite and version in Bareos' log words; valid after the handshake. */
  String protection() {
    SecurityParameters parameters = context.getSecurityParametersConnection();
    return PskCipherSuites.protection(parameters.getCipherSuite(), parameters.getNegotiatedVersion());
  }
}
