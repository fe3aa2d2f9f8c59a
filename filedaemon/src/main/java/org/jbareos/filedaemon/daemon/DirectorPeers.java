package org.jbareos.filedaemon.daemon;

import java.util.Optional;
import org.jbareos.config.fd.DirectorResource;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.PeerDirectory;
import org.jbareos.net.session.TlsPolicy;

/**
 * The peers the File Daemon accepts: its Director resources, each with its password (as CRAM-MD5 key and TLS-PSK
 * secret, PROTOCOL.md §2.3, §3.2) and its TLS policy ({@code filed/socket_server.cc}, {@code filed/authenticate.cc}).
 * Every other hello (a console, a client, a storage) finds no resource and is refused.
 */
final class DirectorPeers implements PeerDirectory {

  private final FileDaemonConfig config;

  DirectorPeers(FileDaemonConfig config) {
    this.config = config;
  }

  @Override
  public Optional<PeerCredentials> find(ResourceType type, String name) {
    if (type != ResourceType.DIRECTOR) {
      return Optional.empty();
    }
    return config.director(name).map(DirectorPeers::credentials);
  }

  /** The credentials of a Director resource (also used to dial it, PROTOCOL.md §9). */
  static PeerCredentials credentials(DirectorResource director) {
    Password password = director.password();
    CramKey key = password.md5Literal() ? CramKey.fromMd5Literal("[md5]" + password.value())
        : CramKey.fromPassword(password.value());
    TlsSettings tls = director.tls();
    return new PeerCredentials(new QualifiedName(ResourceType.DIRECTOR, director.name()), key,
        TlsPolicy.of(tls.enable(), tls.require()));
  }
}
