package org.naba.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A SQLite file on one connection, used by one thread at a time (a reentrant lock): SQLite has one
 * writer anyway, and the session keeps its prepared statements for the life of the file.
 */
public final class SqliteDatabase implements Database {

  private final Path file;
  private final Session session;
  private final ReentrantLock lock = new ReentrantLock();

  private SqliteDatabase(Path file, Connection connection) {
    this.file = file;
    this.session = new Session(connection);
  }

  /**
   * What every Naba file gets: writers of several processes wait for each other (30 s), readers do
   * not wait for writers (WAL), and foreign keys cascade.
   */
  private static final List<String> PRAGMAS =
      List.of(
          "busy_timeout = 30000",
          "journal_mode = WAL",
          "synchronous = NORMAL",
          "foreign_keys = ON");

  /**
   * Opens (creating if needed) {@code file} with Naba's pragmas, then {@code extraPragmas} (say
   * "cache_size = -65536").
   */
  public static SqliteDatabase open(Path file, List<String> extraPragmas) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement st = connection.createStatement()) {
      for (String pragma :
          java.util.stream.Stream.concat(PRAGMAS.stream(), extraPragmas.stream()).toList()) {
        st.execute("PRAGMA " + pragma);
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new SqliteDatabase(file, connection);
  }

  public Path file() {
    return file;
  }

  @Override
  public Dialect dialect() {
    return Dialect.SQLITE;
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public <T> T session(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return work.run(session);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public <T> T transaction(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return session.transaction(work);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Connection hold() {
    return session.connection();
  }

  @Override
  public void close() {
    lock.lock();
    try {
      session.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close " + file + ": " + e.getMessage(), e);
    } finally {
      lock.unlock();
    }
  }
}
