package org.jbareos.config;

import java.nio.file.Path;

/**
 * Where something was written in a configuration file: file, 1-based line and 1-based column.
 *
 * <p>Printed as {@code file:line:column}, the form compilers and editors understand, so that
 * {@code jbareos director -t} output can be clicked through.
 */
public record SourcePosition(Path file, int line, int column) {

  /** The position of something that came from no file, such as a built-in default. */
  public static final SourcePosition NONE = new SourcePosition(Path.of("<default>"), 0, 0);

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
