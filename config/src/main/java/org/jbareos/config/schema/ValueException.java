package org.jbareos.config.schema;

import java.util.List;
import org.jbareos.config.ConfigError;
import org.jbareos.config.SourcePosition;

/** A directive's value that its type cannot accept; becomes a {@link ConfigError}. */
public final class ValueException extends Exception {

  private final transient SourcePosition position;
  private final transient List<ConfigError> errors;

  public ValueException(SourcePosition position, String message) {
    super(message);
    this.position = position;
    this.errors = List.of(new ConfigError(position, message));
  }

  /** Several problems of one nested block ({@code Include { ... }}), reported together. */
  public ValueException(List<ConfigError> errors) {
    super(errors.getFirst().message());
    this.position = errors.getFirst().position();
    this.errors = List.copyOf(errors);
  }

  /** Every problem, the first one being {@link #toError()}. */
  public List<ConfigError> errors() {
    return errors;
  }

  public SourcePosition position() {
    return position;
  }

  public ConfigError toError() {
    return new ConfigError(position, getMessage());
  }
}
