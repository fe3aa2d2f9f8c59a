package org.jbareos.catalog;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.PooledConnection;

/**
 * A small pool of catalog connections on pgjdbc's {@link ConnectionPoolDataSource}: each repository call is one
 * transaction, and opening a PostgreSQL connection (a backend process, SCRAM authentication) costs far more than the
 * statements of a typical call.
 *
 * <p>Up to {@code maxIdle} physical connections are kept; more may be open while busy. pgjdbc's
 * {@link PooledConnection} rolls back an unfinished transaction and restores autocommit when its logical connection
 * is closed, and reports a broken connection (SQLSTATE class 08) as an error event, after which it is discarded.
 * An idle connection is checked with {@link Connection#isValid} before reuse, so a restarted server costs no failed
 * call.
 */
final class CatalogConnectionPool implements DataSource, AutoCloseable {
  private final ConnectionPoolDataSource source;
  private final BlockingQueue<PooledConnection> idle;
  private final ConnectionEventListener listener =
      new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
          PooledConnection pooled = (PooledConnection) event.getSource();
          if (closed || !idle.offer(pooled)) {
            discard(pooled);
          }
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
          discard((PooledConnection) event.getSource());
        }
      };
  private volatile boolean closed;

  CatalogConnectionPool(ConnectionPoolDataSource source, int maxIdle) {
    this.source = source;
    this.idle = new ArrayBlockingQueue<>(maxIdle);
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (closed) {
      throw new SQLException("catalog connection pool is closed", "08003");
    }
    PooledConnection pooled;
    while ((pooled = idle.poll()) != null) {
      Connection connection = reuse(pooled);
      if (connection != null) {
        return connection;
      }
    }
    pooled = source.getPooledConnection();
    pooled.addConnectionEventListener(listener);
    return pooled.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the catalog pool connects as its configured user only");
  }

  /** Closes the idle connections; connections in use are closed when they are given back. */
  @Override
  public void close() {
    closed = true;
    PooledConnection pooled;
    while ((pooled = idle.poll()) != null) {
      discard(pooled);
    }
  }

  private static Connection reuse(PooledConnection pooled) {
    try {
      Connection connection = pooled.getConnection();
      if (connection.isValid(2)) {
        return connection;
      }
    } catch (SQLException e) {
      // broken while idle (server restarted): fall through and drop it
    }
    discard(pooled);
    return null;
  }

  private static void discard(PooledConnection pooled) {
    try {
      pooled.close();
    } catch (SQLException ignored) {
      // the connection is gone either way
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
