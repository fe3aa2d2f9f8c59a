package org.jbareos.catalog;

import java.util.List;
import java.util.Optional;

/** The {@code Client} table. */
public final class ClientRepository {
  private final CatalogTransactions tx;

  ClientRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  /**
   * The client's row, created if missing, as Bareos's {@code CreateClientRecord} does: looked up by name (unique,
   * {@code client_name_idx}); a new row gets the given uname and retentions.
   */
  public ClientRecord findOrCreate(String name, String uname, boolean autoPrune, long fileRetention, long jobRetention) {
    return tx.inTransaction(
        h -> {
          // ON CONFLICT keeps two jobs of a new client that start together from failing on the unique name
          h.createUpdate(
                  "INSERT INTO client (name, uname, autoprune, fileretention, jobretention)"
                      + " VALUES (:name, :uname, :autoPrune, :fileRetention, :jobRetention)"
                      + " ON CONFLICT (name) DO NOTHING")
              .bind("name", name)
              .bind("uname", uname == null ? "" : uname)
              .bind("autoPrune", autoPrune ? 1 : 0)
              .bind("fileRetention", fileRetention)
              .bind("jobRetention", jobRetention)
              .execute();
          return h.createQuery("SELECT " + ClientRecord.COLUMNS + " FROM client WHERE name = :name")
              .bind("name", name)
              .mapTo(ClientRecord.class)
              .one();
        });
  }

  public Optional<ClientRecord> findByName(String name) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + ClientRecord.COLUMNS + " FROM client WHERE name = :name")
                .bind("name", name)
                .mapTo(ClientRecord.class)
                .findOne());
  }

  /** Every client, by ClientId ({@code GetClientIds}, as the console's client selection lists them). */
  public List<ClientRecord> list() {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + ClientRecord.COLUMNS + " FROM client ORDER BY clientid")
                .mapTo(ClientRecord.class)
                .list());
  }

  public Optional<ClientRecord> findById(long clientId) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + ClientRecord.COLUMNS + " FROM client WHERE clientid = :id")
                .bind("id", clientId)
                .mapTo(ClientRecord.class)
                .findOne());
  }

  /** Stores the uname the FD reported in its {@code 2000 OK Hello}/status, as Bareos's {@code UpdateClientRecord}. */
  public void updateUname(long clientId, String uname) {
    tx.inTransaction(
        h ->
            h.createUpdate("UPDATE client SET uname = :uname WHERE clientid = :id")
                .bind("uname", uname)
                .bind("id", clientId)
                .execute());
  }
}
