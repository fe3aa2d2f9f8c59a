package org.jbareos.storage.job;

import java.util.Objects;
import java.util.Optional;
import org.jbareos.config.schema.TlsSettings;
import org.jbareos.config.sd.DirectorResource;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.config.value.Password;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;
import org.jbareos.net.auth.CramKey;
import org.jbareos.net.session.PeerCredentials;
import org.jbareos.net.session.PeerDirectory;
import org.jbareos.net.session.TlsPolicy;

/**
 * The peers the Storage Daemon accepts ({@code stored/socket_server.cc}, {@code UseConfigAndJcrs}): its Director
 * resources, each with its password as CRAM-MD5 key and TLS-PSK secret, and the running jobs, whose File Daemon
 * (or reading SD) authenticates with the job's session key under the Storage resource's TLS policy (PROTOCOL.md
 * §3.2, §7.1). Every other hello finds nothing and is refused.
 */
public final class StoragePeers implements PeerDirectory {
  private final StorageDaemonConfig config;
  private final JobRegistry jobs;

  public StoragePeers(StorageDaemonConfig config, JobRegistry jobs) {
    this.config = Objects.requireNonNull(config, "config");
    this.jobs = Objects.requireNonNull(jobs, "jobs");
  }

  @Override
  public Optional<PeerCredentials> find(ResourceType type, String name) {
    return switch (type) {
      case DIRECTOR -> config.director(name).map(StoragePeers::credentials);
      case JOB -> jobs.fileDaemonPeers(policy(config.storage().tls())).find(type, name);
      default -> Optional.empty();
    };
  }

  private static PeerCredentials credentials(DirectorResource director) {
    Password password = director.password();
    CramKey key = password.md5Literal() ? CramKey.fromMd5Literal("[md5]" + password.value())
        : CramKey.fromPassword(password.value());
    return new PeerCredentials(new QualifiedName(ResourceType.DIRECTOR, director.name()), key,
        policy(director.tls()));
  }

  private static TlsPolicy policy(TlsSettings tls) {
    return TlsPolicy.of(tls.enable(), tls.require());
  }
}
