package org.jbareos.catalog;

import java.util.List;

/** The row records Jdbi maps by column name (case-insensitively: PostgreSQL returns lower-case names). */
final class CatalogRows {
  private CatalogRows() {}

  static final List<Class<?>> TYPES = List.of(
          JobRecord.class,
          ClientRecord.class,
          FileSetRecord.class,
          PoolRecord.class,
          MediaRecord.class,
          StorageRecord.class,
          JobMediaRecord.class,
          LogRecord.class,
          CounterRecord.class,
          FileRecord.class);
}
