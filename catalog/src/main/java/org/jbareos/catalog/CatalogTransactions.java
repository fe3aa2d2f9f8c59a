package org.jbareos.catalog;

import java.net.ConnectException;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs repository work in transactions and turns a lost server into {@link CatalogUnavailableException}.
 *
 * <p>Every repository call is one transaction, so a failure (a constraint, a dropped connection, an exception in
 * the caller's code) rolls back everything the call wrote: no half-written job. Connection failures are recognised
 * by SQLSTATE class 08 (connection exception) and 57P0x (server shutting down or starting), which pgjdbc reports for
 * a refused, timed-out or broken connection.
 */
public final class CatalogTransactions {
  private final Jdbi jdbi;
  private final String endpoint;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  public CatalogTransactions(Jdbi jdbi, String endpoint) {
    this.jdbi = jdbi;
    this.endpoint = endpoint;
  }

  /** Jdbi itself, for SQL the repositories do not cover; the caller then handles failures itself. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** {@code host:port} of the database server. */
  public String endpoint() {
    return endpoint;
  }

  /**
   * Runs {@code callback} in one transaction, committed when it returns and rolled back when it throws.
   *
   * <p>Called while this thread is already inside a transaction of this catalog, it joins that transaction: the
   * Director can wrap several repository calls (create a job, its JobMedia, its log lines) into one unit that is
   * written entirely or not at all.
   */
  public <R, X extends Exception> R inTransaction(HandleCallback<R, X> callback) throws X {
    Handle outer = current.get();
    if (outer != null) {
      return callback.withHandle(outer);
    }
    try (Handle handle = jdbi.open()) {
      current.set(handle);
      try {
        return handle.inTransaction(callback);
      } finally {
        current.remove();
      }
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /** Opens a handle the caller closes (a file batch spans many calls); connection failures are translated. */
  public Handle open() {
    try {
      return jdbi.open();
    } catch (JdbiException e) {
      throw translate(e);
    }
  }

  /** {@code e} itself, or a {@link CatalogUnavailableException} when it stems from a lost connection. */
  public RuntimeException translate(RuntimeException e) {
    return isConnectionFailure(e) ? new CatalogUnavailableException(endpoint, e) : e;
  }

  /** Whether {@code e} or one of its causes says the server cannot be reached. */
  public static boolean isConnectionFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CatalogUnavailableException || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
    }
    return false;
  }
}
