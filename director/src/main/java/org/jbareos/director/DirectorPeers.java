package org.jbareos.director;

import java.util.Optional;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.value.Password;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.hello.Hello;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.PeerDirectory;
import org.jbareos.net.session.TlsPolicy;

/**
 * Who may connect to the Director (PROTOCOL.md §2.2, §2.6, §9): the default console {@code *UserAgent*} with the
 * Director resource's password and TLS settings ({@code CreateAndAddUserAgentConsoleResource}), each named Console
 * with its own, and each Client that allows client initiated connections ({@code Connection From Client To Director
 * = yes}; Bareos refuses the others, PROTOCOL.md §9). Any other name is refused.
 */
final class DirectorPeers implements PeerDirectory {
  private final DirectorConfig config;

  DirectorPeers(DirectorConfig config) {
    this.config = config;
  }

  @Override
  public Optional<PeerCredentials> find(ResourceType type, String name) {
    return switch (type) {
      case CONSOLE -> Hello.Console.USER_AGENT.equals(name)
          ? Optional.of(peer(type, name, config.director().password(), config.director().tls()))
          : config.console(name).map(c -> peer(type, name, c.password(), c.tls()));
      case CLIENT -> config.client(name).filter(c -> c.connectionFromClientToDirector())
          .map(c -> peer(type, name, c.password(), c.tls()));
      default -> Optional.empty();
    };
  }

  /**
   * Bareos's warnings ({@code dird/fd_cmds.cc HandleFiledConnection}): {@code Client "x" tries to connect, but no
   * matching resource is defined.} and {@code Connection from client "x" to director is not allowed.}
   */
  @Override
  public String refusal(QualifiedName claimed) {
    if (claimed.type() != ResourceType.CLIENT) {
      return PeerDirectory.super.refusal(claimed);
    }
    return config.client(claimed.name()).isEmpty()
        ? "Client \"" + claimed.name() + "\" tries to connect, but no matching resource is defined."
        : "Connection from client \"" + claimed.name() + "\" to director is not allowed.";
  }

  private static PeerCredentials peer(ResourceType type, String name, Password password, TlsSettings tls) {
    CramKey key = password.md5Literal() ? CramKey.fromMd5Literal("[md5]" + password.value())
        : CramKey.fromPassword(password.value());
    return new PeerCredentials(new QualifiedName(type, name), key, TlsPolicy.of(tls.enable(), tls.require()));
  }
}
