package org.jbareos.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.config.ConfigLoader;
import org.jbareos.config.schema.DaemonSchema;

/**
 * {@code -t}: load a daemon's configuration and report, like Bareos's {@code -t} ("test the
 * configuration and exit"). Every error is printed as {@code <file>:<line>:<column>: <message>};
 * never a stack trace. Warnings (deprecated directives) are printed as
 * {@code <file>:<line>:<column>: warning: <message>} and do not fail the check.
 */
final class ConfigCheck {

  private ConfigCheck() {}

  /** 0 when the configuration loads, 1 when it has errors. */
  static int run(DaemonSchema schema, Path config, PrintWriter err) {
    try {
      for (ConfigError warning : ConfigLoader.load(schema, config).warnings()) {
        err.println(warning.position() + ": warning: " + warning.message());
      }
      err.flush();
      return 0;
    } catch (ConfigException e) {
      for (ConfigError error : e.errors()) {
        err.println(error.format());
      }
      err.flush();
      return 1;
    }
  }
}
