package org.jbareos.config;

/** One problem in a configuration: where it is and what was expected there. */
public record ConfigError(SourcePosition position, String message) {

  /** The error as one line, {@code <file>:<line>:<column>: <message>}. */
  public String format() {
    return position + ": " + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
