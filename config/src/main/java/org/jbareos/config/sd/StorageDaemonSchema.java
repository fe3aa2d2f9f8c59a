package org.jbareos.config.sd;

import java.util.List;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.schema.MessagesDirectives;

/** The Storage Daemon's configuration schema ({@code stored_conf.cc: resources}). */
public final class StorageDaemonSchema {

  private StorageDaemonSchema() {}

  public static final DaemonSchema SCHEMA = new DaemonSchema(
      "bareos-sd", "bareos-sd.conf", "bareos-sd.d", "Storage", true,
      List.of(DirectorDirectives.TYPE, NdmpDirectives.TYPE, StorageDirectives.TYPE,
          DeviceDirectives.TYPE, MessagesDirectives.TYPE, AutochangerDirectives.TYPE),
      List.of(),
      (resources, errors) -> resources);
}
