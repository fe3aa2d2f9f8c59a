package org.jbareos.director.job;

import java.util.List;
import java.util.Locale;
import org.jbareos.config.value.RunScript;
import org.jbareos.protocol.dirfd.RunScriptCommand;

/**
 * The run scripts a job hands to its client ({@code dird/fd_cmds.cc SendRunscriptsCommands}): every script that runs
 * on the client is sent as {@code Run OnSuccess=%d OnFailure=%d AbortOnError=%d When=%d Command=%s\n} (answered {@code
 * 2000 OK RunScript\n}); if any of the job's scripts runs before the job ({@code When} Before or AfterVSS), {@code
 * RunBeforeNow\n} follows (answered {@code 2000 OK RunBeforeNow\n}). Nothing is sent when no script runs on the
 * client. {@code When} is Bareos's bit set ({@code lib/runscript.h}): Never 0, After 1, Before 2, Always 3, AfterVSS 4.
 *
 * @param commands the {@code Run} commands, in the Job resource's order
 * @param runBeforeNow whether {@code RunBeforeNow} follows them
 */
record ClientRunScripts(List<RunScriptCommand> commands, boolean runBeforeNow) {

  static ClientRunScripts of(List<RunScript> scripts) {
    List<RunScriptCommand> commands = scripts.stream().filter(RunScript::runsOnClient)
        .map(s -> new RunScriptCommand(s.runsOnSuccess(), s.runsOnFailure(), s.failJobOnError(), when(s.when()),
            s.command()))
        .toList();
    boolean before = !commands.isEmpty()
        && scripts.stream().anyMatch(s -> (when(s.when()) & (2 | 4)) != 0);
    return new ClientRunScripts(commands, before);
  }

  static int when(String when) {
    return switch (when == null ? "never" : when.toLowerCase(Locale.ROOT)) {
      case "after" -> 1;
      case "before" -> 2;
      case "always" -> 3;
      case "aftervss" -> 4;
      default -> 0;
    };
  }
}
