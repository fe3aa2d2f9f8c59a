package org.jbareos.catalog;

import org.jdbi.v3.core.Handle;

/**
 * Serialises the find-or-create of a named catalog row between concurrent jobs: a transaction-scoped PostgreSQL
 * advisory lock on the table and name, released at commit. Bareos creates Pool and Storage rows once at start-up
 * ({@code dird/check_catalog.cc}) and a job's {@code GetOrCreatePoolRecord} runs under its database lock; without
 * this two jobs that start together could each insert a row for the same Pool (its name index is not unique), and a
 * job holding the second PoolId then refuses the first's volume as "not in Pool".
 */
final class NameLock {
  private NameLock() {}

  /** Blocks until this transaction holds the lock of {@code name} in {@code table}. */
  static void lock(Handle h, String table, String name) {
    h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(:table), hashtext(:name))) AS locked")
        .bind("table", table)
        .bind("name", name)
        .mapTo(Integer.class)
        .one();
  }
}
