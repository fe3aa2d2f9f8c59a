package org.jbareos.director.job;

import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.TlsPolicy;

/**
 * What the Director's Storage or Client resource says about the daemon it connects to (PROTOCOL.md §2.3, §2.5): the
 * resource name, the CRAM-MD5 key (the lowercase hex MD5 of the password, or an {@code [md5]} literal's hex) and the
 * TLS policy of the resource.
 */
final class DaemonCredentials {
  private DaemonCredentials() {}

  static PeerCredentials of(ResourceType type, String name, Password password, TlsSettings tls) {
    return new PeerCredentials(new QualifiedName(type, name), CramKey.fromMd5Literal("[md5]" + password.md5Hex()),
        TlsPolicy.of(tls.enable(), tls.require()));
  }
}
