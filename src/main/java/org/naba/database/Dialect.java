package org.naba.database;

/** The SQL engine behind a {@link Database}: where the schemas differ, the stores ask this. */
public enum Dialect {
  /** An embedded file: one connection, writers serialised by the file lock. */
  SQLITE,
  /** A server: pooled connections, concurrent writers, an outbox for the index. */
  POSTGRESQL
}
