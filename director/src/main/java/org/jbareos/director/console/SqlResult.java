package org.jbareos.director.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jbareos.catalog.CatalogDatabase;

/**
 * The rows of a catalog query as the Director's list functions see them: every value as text ({@code row[i]} of
 * libpq, null for SQL NULL), and per column its name and whether PostgreSQL typed it numeric ({@code
 * SqlFieldIsNumeric}: int2, int4, int8, float4, float8, numeric).
 *
 * @param columns the columns in select order
 * @param rows the values, one array per row
 */
record SqlResult(List<Column> columns, List<String[]> rows) {

  /** One result column. */
  record Column(String name, boolean numeric) {}

  /** Runs {@code sql} with {@code parameters} bound in order. */
  static SqlResult query(CatalogDatabase catalog, String sql, Object... parameters) {
    try (Connection c = catalog.dataSource().getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(new Column(meta.getColumnLabel(i), isNumeric(meta.getColumnType(i))));
        }
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
          String[] row = new String[columns.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getString(i + 1);
          }
          rows.add(row);
        }
        return new SqlResult(columns, rows);
      }
    } catch (SQLException e) {
      throw catalog.transactions().translate(new IllegalStateException("catalog query failed: " + e.getMessage(),
          e));
    }
  }

  private static boolean isNumeric(int sqlType) {
    return switch (sqlType) {
      case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC,
           Types.DECIMAL -> true;
      default -> false;
    };
  }
}
