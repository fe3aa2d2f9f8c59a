package org.jbareos.net.session;

import java.util.Optional;
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
}
