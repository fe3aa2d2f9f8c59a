package org.jbareos.config.fd;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.LoadedConfig;
import org.jbareos.config.schema.MessagesDirectives;
import org.jbareos.config.schema.MessagesResource;

/** A loaded File Daemon configuration with typed access. */
public record FileDaemonConfig(LoadedConfig loaded) {

  public static FileDaemonConfig load(Path config) throws ConfigException {
    return new FileDaemonConfig(ConfigLoader.load(FileDaemonSchema.SCHEMA, config));
  }

  public ClientResource client() {
    return ClientResource.of(loaded.one(ClientDirectives.TYPE));
  }

  public List<DirectorResource> directors() {
    return loaded.all(DirectorDirectives.TYPE).stream().map(DirectorResource::of).toList();
  }

  public Optional<DirectorResource> director(String name) {
    return loaded.find(DirectorDirectives.TYPE, name).map(DirectorResource::of);
  }

  /** The Directors this File Daemon dials (Connection From Client To Director = yes). */
  public List<DirectorResource> directorsToConnectTo() {
    return directors().stream().filter(DirectorResource::connectionFromClientToDirector).toList();
  }

  public List<MessagesResource> messages() {
    return loaded.all(MessagesDirectives.TYPE).stream().map(MessagesResource::of).toList();
  }
}
