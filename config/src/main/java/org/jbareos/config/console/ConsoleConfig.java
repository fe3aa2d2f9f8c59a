package org.jbareos.config.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.LoadedConfig;

/** A loaded bconsole configuration with typed access. */
public record ConsoleConfig(LoadedConfig loaded) {

  public static ConsoleConfig load(Path config) throws ConfigException {
    return new ConsoleConfig(ConfigLoader.load(ConsoleSchema.SCHEMA, config));
  }

  public List<DirectorResource> directors() {
    return loaded.all(DirectorDirectives.TYPE).stream().map(DirectorResource::of).toList();
  }

  public Optional<DirectorResource> director(String name) {
    return loaded.find(DirectorDirectives.TYPE, name).map(DirectorResource::of);
  }

  public List<ConsoleResource> consoles() {
    return loaded.all(ConsoleDirectives.TYPE).stream().map(ConsoleResource::of).toList();
  }

  /** The Console to log in with for a Director: the one naming it, else the first, else none. */
  public Optional<ConsoleResource> consoleFor(String director) {
    List<ConsoleResource> all = consoles();
    return all.stream().filter(c -> director.equals(c.director())).findFirst()
        .or(() -> all.stream().findFirst());
  }
}
