package org.jbareos.director.console;

/** {@code quit}, {@code exit}, {@code .quit} ({@code quit_cmd}): the session ends after this command. */
final class QuitCommand implements ConsoleCommand {
  static final QuitCommand INSTANCE = new QuitCommand();

  private QuitCommand() {}

  @Override
  public boolean run(ConsoleSession session, CommandLine line) {
    session.quit();
    return true;
  }
}
