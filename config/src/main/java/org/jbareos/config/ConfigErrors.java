package org.jbareos.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the errors of one configuration load, so that all of them are reported together, and
 * the warnings (deprecated directives) that do not stop it.
 */
public final class ConfigErrors {

  private final List<ConfigError> errors = new ArrayList<>();
  private final List<ConfigError> warnings = new ArrayList<>();

  public void warn(SourcePosition position, String message) {
    warnings.add(new ConfigError(position, message));
  }

  public List<ConfigError> warnings() {
    return List.copyOf(warnings);
  }

  public void add(SourcePosition position, String message) {
    errors.add(new ConfigError(position, message));
  }

  public void add(ConfigError error) {
    errors.add(error);
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<ConfigError> list() {
    return List.copyOf(errors);
  }

  /** Throws a {@link ConfigException} with every collected error, if there is any. */
  public void throwIfAny() throws ConfigException {
    if (!errors.isEmpty()) {
      throw new ConfigException(errors);
    }
  }
}
