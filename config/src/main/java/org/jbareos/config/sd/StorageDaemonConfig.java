package org.jbareos.config.sd;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.LoadedConfig;
import org.jbareos.config.schema.MessagesDirectives;
import org.jbareos.config.schema.MessagesResource;

/** A loaded Storage Daemon configuration with typed access. */
public record StorageDaemonConfig(LoadedConfig loaded) {

  public static StorageDaemonConfig load(Path config) throws ConfigException {
    return new StorageDaemonConfig(ConfigLoader.load(StorageDaemonSchema.SCHEMA, config));
  }

  public StorageResource storage() {
    return StorageResource.of(loaded.one(StorageDirectives.TYPE));
  }

  public List<DirectorResource> directors() {
    return loaded.all(DirectorDirectives.TYPE).stream().map(DirectorResource::of).toList();
  }

  public Optional<DirectorResource> director(String name) {
    return loaded.find(DirectorDirectives.TYPE, name).map(DirectorResource::of);
  }

  public List<DeviceResource> devices() {
    return loaded.all(DeviceDirectives.TYPE).stream().map(DeviceResource::of).toList();
  }

  public Optional<DeviceResource> device(String name) {
    return loaded.find(DeviceDirectives.TYPE, name).map(DeviceResource::of);
  }

  public List<AutochangerResource> autochangers() {
    return loaded.all(AutochangerDirectives.TYPE).stream().map(AutochangerResource::of).toList();
  }

  public List<NdmpResource> ndmpClients() {
    return loaded.all(NdmpDirectives.TYPE).stream().map(NdmpResource::of).toList();
  }

  public List<MessagesResource> messages() {
    return loaded.all(MessagesDirectives.TYPE).stream().map(MessagesResource::of).toList();
  }
}
