package org.jbareos.net.tls;

import java.io.IOException;
import java.util.Optional;
import java.util.Vector;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.BasicTlsPSKExternal;
import org.bouncycastle.tls.PRFAlgorithm;
import org.bouncycastle.tls.PSKTlsServer;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsPSKExternal;
import org.bouncycastle.tls.TlsPSKIdentityManager;
import org.bouncycastle.tls.TlsUtils;

/**
 * The server side of a Bareos TLS-PSK handshake for BouncyCastle (PROTOCOL.md §3.2, §3.3): the client's identity is
 * parsed as {@code R_TYPE<RS>name} and its secret looked up, for a TLS 1.2 PSK key exchange as well as for a TLS 1.3
 * external PSK (SHA-256). It remembers the identity it accepted, or why it refused one. One instance per connection.
 */
final class BareosPskTlsServer extends PSKTlsServer {

  private final IdentityResolver resolver;
  private final TlsVersions versions;

  BareosPskTlsServer(PskKeyLookup lookup, TlsVersions versions) {
    this(new IdentityResolver(lookup), versions);
  }

  private BareosPskTlsServer(IdentityResolver resolver, TlsVersions versions) {
    super(PskCrypto.INSTANCE, resolver);
    this.resolver = resolver;
    this.versions = versions;
  }

  @Override
  protected ProtocolVersion[] getSupportedVersions() {
    return versions.protocolVersions();
  }

  @Override
  protected int[] getSupportedCipherSuites() {
    return TlsUtils.getSupportedCipherSuites(getCrypto(), PskCipherSuites.server(versions));
  }

  /** TLS 1.3: the first offered identity that the lookup knows. */
  @Override
  public TlsPSKExternal getExternalPSK(Vector identities) {
    for (Object offered : identities) {
      byte[] identity = ((org.bouncycastle.tls.PskIdentity) offered).getIdentity();
      byte[] psk = resolver.getPSK(identity);
      if (psk != null) {
        return new BasicTlsPSKExternal(identity, getCrypto().createSecret(psk), PRFAlgorithm.tls13_hkdf_sha256);
      }
    }
    return null;
  }

  /** TLS 1.3 without an accepted PSK would need a certificate; a PSK server has none. */
  @Override
  public TlsCredentials getCredentials() throws IOException {
    if (TlsUtils.isTLSv13(context)) {
      throw new TlsFatalAlert(AlertDescription.handshake_failure, "no acceptable pre-shared key offered");
    }
    return super.getCredentials();
  }

  /** The identity whose key the handshake used. */
  Optional<PskIdentity> acceptedIdentity() {
    return Optional.ofNullable(resolver.accepted);
  }

  /** Why an identity was refused, if one was. */
  Optional<String> refusal() {
    return resolver.accepted == null ? Optional.ofNullable(resolver.refusal) : Optional.empty();
  }

  /** The negotiated suite and version in Bareos' log words; valid after the handshake. */
  String protection() {
    SecurityParameters parameters = context.getSecurityParametersConnection();
    return PskCipherSuites.protection(parameters.getCipherSuite(), parameters.getNegotiatedVersion());
  }

  /** The TLS 1.2 identity manager, also used for TLS 1.3: parses the identity, asks the lookup, remembers. */
  private static final class IdentityResolver implements TlsPSKIdentityManager {

    private final PskKeyLookup lookup;
    private volatile PskIdentity accepted;
    private volatile String refusal;

    IdentityResolver(PskKeyLookup lookup) {
      this.lookup = lookup;
    }

    /** No hint: Bareos does not send one. */
    @Override
    public byte[] getHint() {
      return null;
    }

    @Override
    public byte[] getPSK(byte[] identityBytes) {
      Optional<PskIdentity> identity = PskIdentity.parse(identityBytes);
      if (identity.isEmpty()) {
        refusal = "malformed PSK identity '" + PskIdentity.readable(identityBytes) + "' (expected R_TYPE<0x1E>name)";
        return null;
      }
      Optional<PskSecret> secret = lookup.secretFor(identity.get());
      if (secret.isEmpty()) {
        refusal = "unknown PSK identity " + identity.get();
        return null;
      }
      accepted = identity.get();
      return secret.get().toBytes();
    }
  }
}
