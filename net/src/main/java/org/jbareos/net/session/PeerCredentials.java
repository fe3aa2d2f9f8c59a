package org.jbareos.net.session;

import java.util.Objects;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.tls.PskSecret;

/**
 * What a daemon's configuration says about one peer that may connect or be connected to: its resource, the key both
 * sides share, and the TLS policy of the resource (PROTOCOL.md §2.2, §3.2).
 *
 * @param name the peer's resource type and name as its hello and PSK identity carry them
 * @param key the shared secret: the MD5-hex of the resource password, an {@code [md5]} literal, or a job's session key
 * @param tlsPolicy the TLS policy of the resource describing this peer
 */
public record PeerCredentials(QualifiedName name, CramKey key, TlsPolicy tlsPolicy) {

  public PeerCredentials {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(tlsPolicy, "tlsPolicy");
  }

  /** The TLS-PSK secret: the same ASCII text CRAM-MD5 uses as its HMAC key (PROTOCOL.md §3.2). */
  public PskSecret pskSecret() {
    return new PskSecret(key.secret());
  }
}
