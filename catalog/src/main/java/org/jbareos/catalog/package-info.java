/**
 * The Bareos catalog on PostgreSQL: schema, lifecycle and the repositories the Director uses.
 *
 * <p>{@link org.jbareos.catalog.CatalogDatabase#open} takes {@link org.jbareos.catalog.CatalogSettings}: an
 * {@code Embedded} PostgreSQL started from the jar with its data under the Director's working directory (when the
 * Catalog resource has no {@code DB Address}), or an {@code External} server. Either way the Flyway migrations
 * under {@code db/migration} bring the schema to Bareos's catalog version 2250, with Bareos's table and column names,
 * so SQL written for a Bareos catalog runs unchanged.
 *
 * <p>Repositories: {@link org.jbareos.catalog.JobRepository}, {@link org.jbareos.catalog.ClientRepository},
 * {@link org.jbareos.catalog.FileSetRepository}, {@link org.jbareos.catalog.PoolRepository},
 * {@link org.jbareos.catalog.MediaRepository}, {@link org.jbareos.catalog.StorageRepository},
 * {@link org.jbareos.catalog.JobMediaRepository}, {@link org.jbareos.catalog.LogRepository},
 * {@link org.jbareos.catalog.CounterRepository}, {@link org.jbareos.catalog.FileRepository} (batch insert through
 * {@link org.jbareos.catalog.FileBatch}) and {@link org.jbareos.catalog.RestoreSelection}. Each call is one
 * transaction; {@link org.jbareos.catalog.CatalogDatabase#inTransaction} groups several. A server that cannot be
 * reached surfaces as {@link org.jbareos.catalog.CatalogUnavailableException} naming {@code host:port}; nothing of
 * the failed call was committed, and the caller may retry.
 */
package org.jbareos.catalog;
