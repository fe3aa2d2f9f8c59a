package org.jbareos.cli;

import java.util.concurrent.Callable;
import org.jbareos.config.ConfigError;
import org.jbareos.config.ConfigException;
import org.jbareos.config.sd.StorageDaemonConfig;
import org.jbareos.config.sd.StorageDaemonSchema;
import org.jbareos.storage.StorageDaemon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jbareos storage}: the Storage Daemon ({@code bareos-sd -f -c ...}), or {@code -t} to check its config. */
@Command(name = "storage", mixinStandardHelpOptions = true, description = "Run the Storage Daemon.")
public final class StorageCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DaemonOptions options;

  @Override
  public Integer call() throws Exception {
    if (options.testConfig) {
      return ConfigCheck.run(StorageDaemonSchema.SCHEMA, options.config, spec.commandLine().getErr());
    }
    StorageDaemonConfig config;
    try {
      config = StorageDaemonConfig.load(options.config);
    } catch (ConfigException e) {
      e.errors().stream().map(ConfigError::format).forEach(spec.commandLine().getErr()::println);
      return 1;
    }
    StorageDaemon daemon = StorageDaemon.start(config, options.openTrace());
    return DaemonOptions.runUntilStopped(daemon, "Storage Daemon " + config.storage().name() + " listening on "
        + DaemonOptions.describe(config.storage().addresses()), spec.commandLine().getOut());
  }
}
