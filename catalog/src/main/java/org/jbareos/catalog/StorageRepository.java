package org.jbareos.catalog;

import java.util.Optional;

/** The {@code Storage} and {@code MediaType} tables, which Bareos fills from its Storage resources. */
public final class StorageRepository {
  private final CatalogTransactions tx;

  StorageRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /** The storage's row, created if missing (Bareos's {@code CreateStorageRecord}: looked up by name). */
  public StorageRecord findOrCreate(String name, boolean autoChanger) {
    return tx.inTransaction(
        h -> {
          NameLock.lock(h, "storage", name);
          return h.createQuery("SELECT " + StorageRecord.COLUMNS + " FROM storage WHERE name = :name")
                .bind("name", name)
                .mapTo(StorageRecord.class)
                .findOne()
                .orElseGet(
                    () ->
                        h.createQuery(
                                "INSERT INTO storage (name, autochanger) VALUES (:name, :changer)"
                                    + " RETURNING " + StorageRecord.COLUMNS)
                            .bind("name", name)
                            .bind("changer", autoChanger ? 1 : 0)
                            .mapTo(StorageRecord.class)
                            .one());
        });
  }

  public Optional<StorageRecord> findByName(String name) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + StorageRecord.COLUMNS + " FROM storage WHERE name = :name")
                .bind("name", name)
                .mapTo(StorageRecord.class)
                .findOne());
  }

  /** The MediaTypeId for a media type name, created if missing (Bareos's {@code CreateMediatypeRecord}). */
  public long mediaTypeId(String mediaType) {
    return tx.inTransaction(
        h -> {
          NameLock.lock(h, "mediatype", mediaType);
          return h.createQuery("SELECT mediatypeid FROM mediatype WHERE mediatype = :type")
                .bind("type", mediaType)
                .mapTo(Long.class)
                .findOne()
                .orElseGet(
                    () ->
                        h.createQuery("INSERT INTO mediatype (mediatype) VALUES (:type) RETURNING mediatypeid")
                            .bind("type", mediaType)
                            .mapTo(Long.class)
                            .one());
        });
  }
}
