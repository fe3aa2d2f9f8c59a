package org.jbareos.director.console;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.jbareos.config.dir.DirectorConfig;

/**
 * {@code .jobs}, {@code .clients}, {@code .pools} ({@code DotJobsCmd}, {@code DotClientsCmd}, {@code
 * DotPoolsCmd}): one name per line, {@code {"jobs":[{"name":...,"enabled":true},...]}} in JSON (pools carry no
 * {@code enabled}). The Director walks its resource list newest first, so the names come in the reverse of the
 * order the configuration defines them (the recording's {@code .jobs}: verify-volume, copy-full, backup-bareos-fd,
 * RestoreFiles).
 */
final class DotResourceCommand implements ConsoleCommand {

  /** A resource's name and whether it is enabled (null for resources without {@code Enabled}). */
  private record Named(String name, Boolean enabled) {}

  static final DotResourceCommand JOBS = new DotResourceCommand("jobs",
      config -> config.jobs().stream().map(j -> new Named(j.name(), j.enabled())).toList());
  static final DotResourceCommand CLIENTS = new DotResourceCommand("clients",
      config -> config.clients().stream().map(c -> new Named(c.name(), c.enabled())).toList());
  static final DotResourceCommand POOLS = new DotResourceCommand("pools",
      config -> config.pools().stream().map(p -> new Named(p.name(), null)).toList());

  private final String arrayName;
  private final Function<DirectorConfig, List<Named>> resources;

  private DotResourceCommand(String arrayName, Function<DirectorConfig, List<Named>> resources) {
    this.arrayName = arrayName;
    this.resources = resources;
  }

  @Override
  public boolean run(ConsoleSession session, CommandLine line) throws IOException {
    ConsoleOutput out = session.output();
    out.arrayStart(arrayName);
    for (Named named : resources.apply(session.director().config()).reversed()) {
      out.objectStart(null);
      out.keyValue("name", named.name(), named.name() + "\n");
      if (named.enabled() != null) {
        out.keyValue("enabled", named.enabled(), null);
      }
      out.objectEnd();
    }
    out.arrayEnd();
    return true;
  }
}
