package org.jbareos.cli;

import org.jbareos.cli.demo.TraceDemoCommand;
import org.jbareos.cli.quickstart.QuickstartCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jbareos} command: one launcher for every daemon and tool (DESIGN.md, CLI). */
@Command(
    name = "jbareos",
    mixinStandardHelpOptions = true,
    versionProvider = JbareosVersion.class,
    description = "A Java implementation of the Bareos network backup system.",
    subcommands = {CommandLine.HelpCommand.class, DirectorCommand.class, StorageCommand.class,
        FileDaemonCommand.class, ConsoleCommand.class, TraceDemoCommand.class, QuickstartCommand.class})
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
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(Main::reportFailure);
    return commandLine;
  }

  /**
   * A daemon or tool that cannot go on says why in one line, as the Bareos daemons do, and exits 1: the cause (an
   * unreachable catalog, a port in use, a refused connection) is in the message, never only in a stack trace.
   * {@code JBAREOS_STACKTRACE=1} adds the trace for developers.
   */
  private static int reportFailure(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
    command.getErr().println("jbareos " + command.getCommandName() + ": " + describe(failure));
    if (System.getenv("JBAREOS_STACKTRACE") != null) {
      failure.printStackTrace(command.getErr());
    }
    command.getErr().flush();
    return 1;
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
