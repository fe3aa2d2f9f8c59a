package org.jbareos.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jbareos.config.fd.FileDaemonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jbareos filedaemon}: the File Daemon. For now only {@code -t} (check the configuration) exists, so
 * {@code -t} is required and the usage says so; the daemon will make it optional.
 */
@Command(
    name = "filedaemon",
    mixinStandardHelpOptions = true,
    description = "Run the File Daemon (not yet available: only -t, check the configuration).")
public final class FileDaemonCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-c", "--config"}, paramLabel = "<file or dir>",
      description = "Configuration file, or directory holding bareos-fd.conf or bareos-fd.d"
          + " (default: /etc/bareos, as Bareos).")
  Path config;

  @Option(names = {"-t", "--test-config"}, required = true,
      description = "Check the configuration, print each error as file:line:column: message,"
          + " and exit (0: valid, 1: errors).")
  boolean testConfig;

  @Override
  public Integer call() {
    return ConfigCheck.run(FileDaemonSchema.SCHEMA, config, spec.commandLine().getErr());
  }
}
