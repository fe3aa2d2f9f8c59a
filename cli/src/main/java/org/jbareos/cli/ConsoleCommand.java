package org.jbareos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.jbareos.cli.console.CommandSource;
import org.jbareos.cli.console.ConsoleSession;
import org.jbareos.cli.console.ConsoleTarget;
import org.jbareos.cli.console.ScriptCommands;
import org.jbareos.cli.console.TerminalCommands;
import org.jbareos.client.ConsoleBuilder;
import org.jbareos.client.DirectorConsole;
import org.jbareos.config.ConfigException;
import org.jbareos.config.console.ConsoleConfig;
import org.jbareos.config.console.ConsoleSchema;
import org.jbareos.net.trace.NetworkTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jbareos console}: bconsole. Without {@code -t} it connects to the Director of the configuration and runs
 * commands from the terminal or from standard input ({@link ConsoleSession}); {@code -t} only checks the
 * configuration.
 */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Run the console: connect to a Director and run commands from the terminal or standard input.")
public final class ConsoleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-c", "--config"}, paramLabel = "<file or dir>",
      description = "Configuration file, or directory holding bconsole.conf or bconsole.d"
          + " (default: /etc/bareos, as Bareos).")
  Path config;

  @Option(names = {"-D", "--director"}, paramLabel = "<director>",
      description = "The Director to connect to, when the configuration names several.")
  String director;

  @Option(names = "--trace", paramLabel = "FILE",
      description = "Write the network trace of the frames the console sends to FILE.")
  Path traceFile;

  @Option(names = {"-p", "--pam-credentials-filename"}, paramLabel = "<path>",
      description = "PAM credentials file: the user on the first line, the password on the second.")
  Path pamCredentials;

  @Option(names = "-o", description = "Force sending PAM credentials unencrypted.")
  boolean pamOverCleartext;

  @Option(names = {"-t", "--test-config"},
      description = "Check the configuration, print each error as file:line:column: message,"
          + " and exit (0: valid, 1: errors).")
  boolean testConfig;

  @Override
  public Integer call() throws IOException {
    if (testConfig) {
      return ConfigCheck.run(ConsoleSchema.SCHEMA, config, spec.commandLine().getErr());
    }
    ConsoleTarget target;
    try {
      target = ConsoleTarget.select(ConsoleConfig.load(config), Optional.ofNullable(director));
    } catch (ConfigException e) {
      e.errors().forEach(error -> System.err.println(error.format()));
      return 1;
    } catch (ConsoleTarget.UnusableConfigException e) {
      System.err.println(e.getMessage());
      return 1;
    }
    List<String> pam = List.of();
    if (pamCredentials != null) {
      pam = Files.readAllLines(pamCredentials);
      if (pam.size() < 2 || pam.get(0).isEmpty() || pam.get(1).isEmpty()) {
        System.err.println("Could not read user or password from " + pamCredentials);
        return 1;
      }
    }
    List<String> pamLines = pam;
    try (NetworkTrace trace = traceFile == null ? null : NetworkTrace.toFile(traceFile);
        CommandSource commands = TerminalCommands.available()
            ? new TerminalCommands(target.historyFile(), target.historyLength())
            : new ScriptCommands(System.in, System.out)) {
      UnaryOperator<ConsoleBuilder<DirectorConsole>> options = builder -> {
        if (trace != null) {
          builder.trace(trace);
        }
        if (!pamLines.isEmpty()) {
          builder.pamCredentials(pamLines.get(0), pamLines.get(1));
        }
        return builder.pamOverCleartext(pamOverCleartext);
      };
      return new ConsoleSession(target, options, System.out, System.err).run(commands);
    }
  }
}
