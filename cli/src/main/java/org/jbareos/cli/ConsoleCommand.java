package org.jbareos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jbareos.config.console.ConsoleSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jbareos console}: the console. For now only {@code -t} (check the configuration) exists, so
 * {@code -t} is required and the usage says so; the daemon will make it optional.
 */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Run the console (not yet available: only -t, check the configuration).")
public final class ConsoleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-c", "--config"}, paramLabel = "<file or dir>",
      description = "Configuration file, or directory holding bconsole.conf or bconsole.d"
          + " (default: /etc/bareos, as Bareos).")
  Path config;

  @Option(names = {"-t", "--test-config"}, required = true,
      description = "Check the configuration, print each error as file:line:column: message,"
          + " and exit (0: valid, 1: errors).")
  boolean testConfig;

  @Override
  public Integer call() {
    return ConfigCheck.run(ConsoleSchema.SCHEMA, config, spec.commandLine().getErr());
  }
}
