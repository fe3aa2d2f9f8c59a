package org.jbareos.catalog;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current catalog schema with the Flyway migrations under {@code db/migration}.
 *
 * <p>{@code V1__bareos_catalog.sql} creates Bareos's catalog at version 2250; later files change it the way
 * Bareos's {@code ddl/updates} scripts do. Running it on an up-to-date database applies nothing.
 */
public final class CatalogMigrations {
  private CatalogMigrations() {}

  /** Applies the pending migrations and returns how many ran. */
  public static int migrate(DataSource dataSource) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .loggers("slf4j")
            // the SQL mentions ${Name} label-format variables in comments; nothing in it is a Flyway placeholder
            .placeholderReplacement(false)
            .load();
    MigrateResult result = flyway.migrate();
    return result.migrationsExecuted;
  }
}
