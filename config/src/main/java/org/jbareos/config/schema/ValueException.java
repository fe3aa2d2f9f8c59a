package org.jbareos.config.schema;

import org.jbareos.config.ConfigError;
import org.jbareos.config.SourcePosition;

/** A directive's value that its type cannot accept; becomes a {@link ConfigError}. */
public final class ValueException extends Exception {

  private final transient SourcePosition position;

  public ValueException(SourcePosition position, String message) {
    super(message);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }

  public ConfigError toError() {
    return new ConfigError(position, getMessage());
  }
}
