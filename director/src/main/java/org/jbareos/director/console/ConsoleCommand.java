package org.jbareos.director.console;

import java.io.IOException;

/**
 * One entry of the Director's console command table ({@code dird/ua_cmds.cc commands[]}): it runs with the session
 * and the parsed command line and says whether it succeeded ({@code BNET_CMD_OK} or {@code BNET_CMD_FAILED} in API
 * mode, the result or error form in JSON mode).
 */
@FunctionalInterface
public interface ConsoleCommand {

  boolean run(ConsoleSession session, CommandLine line) throws IOException;
}
