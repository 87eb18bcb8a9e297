package org.naba.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection while a {@link Work} runs, with its prepared statements: prepared once per session
 * and reused (ingest runs the same few statements for every article). A SQLite session lasts as
 * long as its database; a PostgreSQL session as long as one piece of work.
 */
public final class Session implements AutoCloseable {

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  Session(Connection connection) {
    this.connection = connection;
  }

  public Connection connection() {
    return connection;
  }

  /** The statement for {@code sql}, prepared on first use in this session. */
  public PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  <T> T transaction(Work<T> work) throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run(this);
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Closes the statements and the connection (to a pool, returns it). */
  @Override
  public void close() throws SQLException {
    try {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
    } finally {
      connection.close();
    }
  }
}
