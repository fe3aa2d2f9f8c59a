package org.jbareos.config.dir;

import java.util.List;
import org.jbareos.config.schema.DaemonSchema;
import org.jbareos.config.schema.MessagesDirectives;

/** The Director's configuration schema ({@code dird_conf.cc: dird_resource_tables}). */
public final class DirectorSchema {

  private DirectorSchema() {}

  public static final DaemonSchema SCHEMA = new DaemonSchema(
      "bareos-dir", "bareos-dir.conf", "bareos-dir.d", "Director", true,
      List.of(DirectorDirectives.TYPE, ClientDirectives.TYPE, JobDirectives.JOBDEFS_TYPE,
          JobDirectives.JOB_TYPE, StorageDirectives.TYPE, CatalogDirectives.TYPE,
          ScheduleDirectives.TYPE, FileSetDirectives.TYPE, PoolDirectives.TYPE,
          MessagesDirectives.TYPE, CounterDirectives.TYPE, ProfileDirectives.TYPE,
          ConsoleDirectives.TYPE, UserDirectives.TYPE),
      List.of("JobDefs"),
      (resources, errors) -> new JobDefsInheritance(errors).complete(resources));
}
