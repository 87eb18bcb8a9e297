package org.naba.database;

import java.sql.SQLException;

/** Database work run in a {@link Session}. */
@FunctionalInterface
public interface Work<T> {
  T run(Session session) throws SQLException;
}
