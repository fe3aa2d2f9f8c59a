package org.jbareos.cli;

import java.time.Duration;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jbareos filedaemon}: the File Daemon ({@code bareos-fd -f -c ...}), or {@code -t} to check its config. */
@Command(name = "filedaemon", mixinStandardHelpOptions = true, description = "Run the File Daemon.")
public final class FileDaemonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DaemonOptions options;

  @Option(names = "--reconnect-interval", paramLabel = "SECONDS", defaultValue = "60",
      description = "Wait before a failed client initiated connection to a Director is tried again"
          + " (Connection From Client To Director; Bareos waits 60 s). Default: ${DEFAULT-VALUE}.")
  long reconnectSeconds;

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
    if (reconnectSeconds < 1) {
      spec.commandLine().getErr().println("--reconnect-interval must be at least 1 second");
      return 2;
    }
    FileDaemonSettings settings = FileDaemonSettings.defaults().withDialRetry(Duration.ofSeconds(reconnectSeconds));
    var trace = options.openTrace();
    if (trace.isPresent()) {
      settings = settings.withTrace(trace.get());
    }
    FileDaemon daemon = FileDaemon.start(config, settings);
    return DaemonOptions.runUntilStopped(daemon, "File Daemon " + config.client().name() + " listening on "
        + DaemonOptions.describe(config.client().addresses()), spec.commandLine().getOut());
  }
}
