package org.naba.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a store keeps its tables: a SQLite file ({@link SqliteDatabase}) or a PostgreSQL server
 * ({@link PostgresDatabase}). The stores write one SQL for both where the engines agree (upserts as
 * {@code ON CONFLICT}, {@code RETURNING}) and ask {@link #dialect()} where they differ (schema,
 * identities, the index's outbox).
 */
public sealed interface Database extends AutoCloseable permits SqliteDatabase, PostgresDatabase {

  Dialect dialect();

  /** Names the database in messages: the file, or the server's URL without user or password. */
  String name();

  /** Runs {@code work} on one connection, each statement committed by itself. */
  <T> T session(Work<T> work) throws SQLException;

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  <T> T transaction(Work<T> work) throws SQLException;

  /**
   * Runs {@code work}, which only reads, on one consistent snapshot of what is committed. On SQLite
   * it runs on a read connection of its own, so a reader never waits for a writer's transaction
   * (WAL) nor writers for readers: answering goes on while feeds store articles. It does not see
   * the uncommitted writes of a transaction running on the same thread.
   */
  <T> T read(Work<T> work) throws SQLException;

  /**
   * A connection kept by one owner that guards it with its own lock (the bot ledger, the digest
   * subscriptions): the SQLite file's one connection, or one taken from the pool. The owner closes
   * it before it closes the database.
   */
  Connection hold() throws SQLException;

  @Override
  void close();
}
