package org.jbareos.config.dir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.LoadedConfig;
import org.jbareos.config.schema.MessagesDirectives;
import org.jbareos.config.schema.MessagesResource;
import org.jbareos.config.schema.Resource;
import org.jbareos.config.schema.ResourceType;

/**
 * A loaded Director configuration with typed access to every resource type.
 *
 * <pre>{@code
 * DirectorConfig config = DirectorConfig.load(Path.of("/etc/bareos"));
 * ClientResource fd = config.client("bareos-fd").orElseThrow();
 * }</pre>
 */
public record DirectorConfig(LoadedConfig loaded) {

  /** Loads from {@code -c} (file or directory; null means {@code /etc/bareos}). */
  public static DirectorConfig load(Path config) throws ConfigException {
    return new DirectorConfig(ConfigLoader.load(DirectorSchema.SCHEMA, config));
  }

  public DirectorResource director() {
    return DirectorResource.of(loaded.one(DirectorDirectives.TYPE));
  }

  public List<ClientResource> clients() {
    return all(ClientDirectives.TYPE, ClientResource::of);
  }

  public Optional<ClientResource> client(String name) {
    return one(ClientDirectives.TYPE, name, ClientResource::of);
  }

  public List<StorageResource> storages() {
    return all(StorageDirectives.TYPE, StorageResource::of);
  }

  public Optional<StorageResource> storage(String name) {
    return one(StorageDirectives.TYPE, name, StorageResource::of);
  }

  public List<PoolResource> pools() {
    return all(PoolDirectives.TYPE, PoolResource::of);
  }

  public Optional<PoolResource> pool(String name) {
    return one(PoolDirectives.TYPE, name, PoolResource::of);
  }

  public List<JobResource> jobs() {
    return all(JobDirectives.JOB_TYPE, JobResource::of);
  }

  public Optional<JobResource> job(String name) {
    return one(JobDirectives.JOB_TYPE, name, JobResource::of);
  }

  public List<JobResource> jobDefs() {
    return all(JobDirectives.JOBDEFS_TYPE, JobResource::of);
  }

  public List<FileSetResource> fileSets() {
    return all(FileSetDirectives.TYPE, FileSetResource::of);
  }

  public Optional<FileSetResource> fileSet(String name) {
    return one(FileSetDirectives.TYPE, name, FileSetResource::of);
  }

  public List<ScheduleResource> schedules() {
    return all(ScheduleDirectives.TYPE, ScheduleResource::of);
  }

  public List<CatalogResource> catalogs() {
    return all(CatalogDirectives.TYPE, CatalogResource::of);
  }

  public List<MessagesResource> messages() {
    return all(MessagesDirectives.TYPE, MessagesResource::of);
  }

  public Optional<MessagesResource> messages(String name) {
    return one(MessagesDirectives.TYPE, name, MessagesResource::of);
  }

  public List<ConsoleResource> consoles() {
    return all(ConsoleDirectives.TYPE, ConsoleResource::of);
  }

  public Optional<ConsoleResource> console(String name) {
    return one(ConsoleDirectives.TYPE, name, ConsoleResource::of);
  }

  public List<ProfileResource> profiles() {
    return all(ProfileDirectives.TYPE, ProfileResource::of);
  }

  public List<CounterResource> counters() {
    return all(CounterDirectives.TYPE, CounterResource::of);
  }

  public List<UserResource> users() {
    return all(UserDirectives.TYPE, UserResource::of);
  }

  private <T> List<T> all(ResourceType type, Function<Resource, T> typed) {
    return loaded.all(type).stream().map(typed).toList();
  }

  private <T> Optional<T> one(ResourceType type, String name, Function<Resource, T> typed) {
    return loaded.find(type, name).map(typed);
  }
}
