package org.jbareos.catalog;

/**
 * The catalog's database cannot be reached: the server is down, refuses the connection, or dropped it.
 *
 * <p>Unchecked, like Jdbi's own exceptions, so repository signatures stay plain; the Director catches it where it
 * can wait and retry (Bareos's Director likewise retries its catalog connection). The message names the server as
 * {@code host:port}. Nothing was committed by the failed call: each repository call is one transaction.
 */
public final class CatalogUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String endpoint;

  public CatalogUnavailableException(String endpoint, Throwable cause) {
    super("catalog database at " + endpoint + " is unavailable: " + describe(cause), cause);
    this.endpoint = endpoint;
  }

  /** The server as {@code host:port}. */
  public String endpoint() {
    return endpoint;
  }

  private static String describe(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
