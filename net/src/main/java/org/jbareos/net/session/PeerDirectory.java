package org.jbareos.net.session;

import java.util.Optional;
import org.jbareos.net.QualifiedName;
import org.jbareos.net.ResourceType;

/**
 * A server's lookup of the peers it accepts, by the resource type and name a hello or a PSK identity claims: the
 * Director's Client, Storage and Console resources, the Storage Daemon's Director resources and running jobs, the
 * File Daemon's Director resources (PROTOCOL.md §3.2, {@code UsePasswordsFromConfig} / {@code UseConfigAndJcrs}).
 */
@FunctionalInterface
public interface PeerDirectory {

  /** The peer's credentials, or empty when no such resource (or running job) exists. */
  Optional<PeerCredentials> find(ResourceType type, String name);

  /**
   * Why {@link #find} found no peer for {@code claimed}, for the server's log (a daemon may give its own words, as
   * the Director does for Clients, PROTOCOL.md §9).
   */
  default String refusal(QualifiedName claimed) {
    return "no " + claimed.type().code() + " resource named \"" + claimed.name() + "\" is configured";
  }
}
