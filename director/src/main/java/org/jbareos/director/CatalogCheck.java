package org.jbareos.director;

import org.jbareos.catalog.CatalogDatabase;
import org.jbareos.config.dir.ClientResource;
import org.jbareos.config.dir.DirectorConfig;
import org.jbareos.config.dir.PoolResource;
import org.jbareos.config.dir.StorageResource;
import org.jbareos.director.job.CatalogResources;

/**
 * What the Director does with its catalog when it starts, as Bareos's does ({@code dird/check_catalog.cc
 * CheckCatalog}): every Pool, Client and Storage resource gets its catalog row, in that order, so the first job finds
 * them and {@code list pools} shows them before any job ran. The rows are made as a job makes them ({@link
 * CatalogResources}); existing rows stay as they are.
 *
 * <p>This is also the catalog's first work in the Director's JVM: the statements, their parser and the row mappers
 * are ready before a console asks for the first job, which then reaches its daemons sooner.
 */
final class CatalogCheck {
  private CatalogCheck() {}

  static void run(DirectorConfig config, CatalogDatabase catalog) {
    for (PoolResource pool : config.pools()) {
      CatalogResources.pool(catalog, pool);
    }
    for (ClientResource client : config.clients()) {
      CatalogResources.client(catalog, client.name());
    }
    for (StorageResource storage : config.storages()) {
      catalog.storages().findOrCreate(storage.name(), storage.autochanger());
    }
  }
}
