package org.jbareos.catalog;

import java.util.Optional;

/**
 * The {@code Counters} table, read and written as Bareos's {@code insert_counter_values},
 * {@code select_counter_values} and {@code update_counter_values} queries do.
 */
public final class CounterRepository {
  private final CatalogTransactions tx;

  CounterRepository(CatalogTransactions tx) {
    this.tx = tx;
  }

  public Optional<CounterRecord> find(String counter) {
    return tx.inTransaction(
        h ->
            h.createQuery("SELECT " + CounterRecord.COLUMNS + " FROM counters WHERE counter = :name")
                .bind("name", counter)
                .mapTo(CounterRecord.class)
                .findOne());
  }

  /** The counter's row, created with {@code initial} if missing. */
  public CounterRecord findOrCreate(CounterRecord initial) {
    return tx.inTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO counters (counter, minvalue, maxvalue, currentvalue, wrapcounter)"
                      + " VALUES (:counter, :minValue, :maxValue, :currentValue, :wrapCounter)"
                      + " ON CONFLICT (counter) DO NOTHING")
              .bindMethods(initial)
              .execute();
          return h.createQuery("SELECT " + CounterRecord.COLUMNS + " FROM counters WHERE counter = :name")
              .bind("name", initial.counter())
              .mapTo(CounterRecord.class)
              .one();
        });
  }

  /**
   * Takes the counter's current value and advances it by one, wrapping to MinValue once it has reached MaxValue
   * (Bareos's counter variable in {@code dird/expand.cc}). Atomic under concurrent jobs.
   *
   * @return the value before the increment, the one a new volume name uses
   */
  public int next(String counter) {
    return tx.inTransaction(
        h -> {
          CounterRecord c =
              h.createQuery("SELECT " + CounterRecord.COLUMNS + " FROM counters WHERE counter = :name FOR UPDATE")
                  .bind("name", counter)
                  .mapTo(CounterRecord.class)
                  .findOne()
                  .orElseThrow(() -> new IllegalArgumentException("no counter " + counter));
          int value = c.currentValue();
          int next = value == c.maxValue() ? c.minValue() : value + 1;
          h.createUpdate("UPDATE counters SET currentvalue = :next WHERE counter = :name")
              .bind("next", next)
              .bind("name", counter)
              .execute();
          return value;
        });
  }
}
