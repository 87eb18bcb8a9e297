package org.naba.database;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * The engines a contract test runs on ({@code @ParameterizedClass @EnumSource(Engine.class)}): each
 * test gets a fresh database, which {@link #open} opens as often as the test reopens it.
 */
public enum Engine {
  SQLITE,
  POSTGRESQL;

  /** A fresh database for one test: a file in {@code dir}, or a new database on the server. */
  public Target target(Path dir) {
    if (this == SQLITE) {
      return new Target(this, dir.toString());
    }
    PostgresServer server =
        PostgresServer.shared()
            .orElseThrow(
                () -> {
                  assumeTrue(false, PostgresServer.whyUnavailable());
                  return new IllegalStateException();
                });
    return new Target(this, server.newDatabase());
  }

  /**
   * Where a test's database lives.
   *
   * @param where the folder of the SQLite files, or the PostgreSQL URL
   */
  public record Target(Engine engine, String where) {

    /** Opens the database; on SQLite the file {@code name} in the folder. */
    public Database open(String name) {
      try {
        return engine == SQLITE
            ? SqliteDatabase.open(Path.of(where).resolve(name), List.of())
            : PostgresDatabase.connect(where, null, null);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot open the test database: " + e.getMessage(), e);
      }
    }
  }
}
