package org.jbareos.cli;

import org.jbareos.cli.demo.TraceDemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbareos} command: one launcher for every daemon and tool (DESIGN.md, CLI). */
@Command(
    name = "jbareos",
    mixinStandardHelpOptions = true,
    versionProvider = JbareosVersion.class,
    description = "A Java implementation of the Bareos network backup system.",
    subcommands = {CommandLine.HelpCommand.class, DirectorCommand.class, StorageCommand.class,
        FileDaemonCommand.class, ConsoleCommand.class, TraceDemoCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with all subcommands, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main());
  }
}
