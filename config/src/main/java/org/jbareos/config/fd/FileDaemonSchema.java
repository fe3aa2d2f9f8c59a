package org.jbareos.config.fd;

import java.util.List;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.schema.MessagesDirectives;

/** The File Daemon's configuration schema ({@code filed_conf.cc: resources}). */
public final class FileDaemonSchema {

  private FileDaemonSchema() {}

  public static final DaemonSchema SCHEMA = new DaemonSchema(
      "bareos-fd", "bareos-fd.conf", "bareos-fd.d", "Client", true,
      List.of(DirectorDirectives.TYPE, ClientDirectives.TYPE, MessagesDirectives.TYPE),
      List.of(),
      (resources, errors) -> resources);
}
