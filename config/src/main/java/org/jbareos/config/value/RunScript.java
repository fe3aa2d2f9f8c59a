package org.jbareos.config.value;

import org.jbareos.config.SourcePosition;

/**
 * A script a Job runs, from a {@code Run Script { ... }} block or a short form such as
 * {@code Run Before Job = "..."} ({@code dird/dird_conf.cc: runscript_items},
 * {@code lib/runscript.h}).
 *
 * @param command the shell command or console command
 * @param console true for {@code Console = "..."} (a bconsole command), false for a shell command
 * @param when Before, After, Always, AfterVSS or Never
 * @param runsOnSuccess run when the job succeeded (default yes)
 * @param runsOnFailure run when the job failed (default no)
 * @param runsOnClient run on the client, not on the Director (default yes)
 * @param failJobOnError fail the job when the script fails (default yes)
 */
public record RunScript(
    String command,
    boolean console,
    String when,
    boolean runsOnSuccess,
    boolean runsOnFailure,
    boolean runsOnClient,
    boolean failJobOnError,
    SourcePosition position) {

  /** The values of {@code Runs When} Bareos accepts. */
  public static final java.util.List<String> WHEN = java.util.List.of(
      "Before", "After", "Always", "AfterVSS", "Never");
}
