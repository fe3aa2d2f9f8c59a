package org.jbareos.config.console;

import java.util.List;
import org.jbareos.config.schema.DaemonSchema;

/**
 * bconsole's configuration schema ({@code console_conf.cc: resources}). A console may know
 * several Directors and needs no Console resource (the default console logs in with the
 * Director's password).
 */
public final class ConsoleSchema {

  private ConsoleSchema() {}

  public static final DaemonSchema SCHEMA = new DaemonSchema(
      "bconsole", "bconsole.conf", "bconsole.d", "Director", false,
      List.of(ConsoleDirectives.TYPE, DirectorDirectives.TYPE),
      List.of(),
      (resources, errors) -> resources);
}
