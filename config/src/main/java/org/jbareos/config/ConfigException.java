package org.jbareos.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used, with every error found in it.
 *
 * <p>The loader collects all errors of a configuration before it gives up (a missing directive in
 * one resource does not hide an unknown directive in the next), so an administrator fixes them in
 * one round. This is the only exception the config module throws for bad input.
 */
public final class ConfigException extends Exception {

  private final transient List<ConfigError> errors;

  public ConfigException(List<ConfigError> errors) {
    super(errors.stream().map(ConfigError::format).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public ConfigException(ConfigError error) {
    this(List.of(error));
  }

  /** Every error, in the order they were found. */
  public List<ConfigError> errors() {
    return errors;
  }
}
