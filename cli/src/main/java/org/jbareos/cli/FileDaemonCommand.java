package org.jbareos.cli;

import java.util.concurrent.Callable;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.config.fd.FileDaemonConfig;
import org.jbareos.config.fd.FileDaemonSchema;
import org.jbareos.filedaemon.daemon.FileDaemon;
import org.jbareos.filedaemon.daemon.FileDaemonSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jbareos filedaemon}: the File Daemon ({@code bareos-fd -f -c ...}), or {@code -t} to check its config. */
@Command(name = "filedaemon", mixinStandardHelpOptions = true, description = "Run the File Daemon.")
public final class FileDaemonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DaemonOptions options;

  @Override
  public Integer call() throws Exception {
    if (options.testConfig) {
      return ConfigCheck.run(FileDaemonSchema.SCHEMA, options.config, spec.commandLine().getErr());
    }
    FileDaemonConfig config;
    try {
      config = FileDaemonConfig.load(options.config);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::format).forEach(spec.commandLine().getErr()::println);
      return 1;
    }
    FileDaemonSettings settings = FileDaemonSettings.defaults();
    var trace = options.openTrace();
    if (trace.isPresent()) {
      settings = settings.withTrace(trace.get());
    }
    FileDaemon daemon = FileDaemon.start(config, settings);
    return DaemonOptions.runUntilStopped(daemon, "File Daemon " + config.client().name() + " listening on "
        + DaemonOptions.describe(config.client().addresses()), spec.commandLine().getOut());
  }
}
