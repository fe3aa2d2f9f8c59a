package org.jbareos.config.dir;

import org.jbareos.config.schema.Resource;
import org.jbareos.config.value.Password;

/** The catalog database connection (DESIGN.md: PostgreSQL, embedded or external). */
public record CatalogResource(String name, String dbName, String dbUser, Password dbPassword,
    String dbAddress, Integer dbPort, String dbSocket, Resource resource) {

  public static CatalogResource of(Resource r) {
    return new CatalogResource(r.name(), r.get(CatalogDirectives.DB_NAME),
        r.get(CatalogDirectives.DB_USER), r.get(CatalogDirectives.DB_PASSWORD),
        r.get(CatalogDirectives.DB_ADDRESS), r.get(CatalogDirectives.DB_PORT),
        r.get(CatalogDirectives.DB_SOCKET), r);
  }
}
