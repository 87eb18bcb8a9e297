package org.naba.database;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema versions on PostgreSQL: one row per component (articles, bot ledger, digests) in {@code
 * schema_version}, upgraded in one transaction under an advisory lock, so that two processes
 * starting at once do not both create the tables.
 */
public final class PostgresSchema {

  /** Creates or upgrades a component's tables from version {@code from}. */
  @FunctionalInterface
  public interface Upgrade {
    void run(Statement st, int from) throws SQLException;
  }

  private PostgresSchema() {}

  /**
   * Brings {@code component}'s tables to {@code version}.
   *
   * @throws IllegalStateException if the database holds a newer version than this Naba knows
   */
  public static void migrate(Database db, String component, int version, Upgrade upgrade)
      throws SQLException {
    db.transaction(
        s -> {
          try (Statement st = s.connection().createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(hashtext('naba schema'))");
            st.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY,"
                    + " version INTEGER NOT NULL)");
            int found = 0;
            try (PreparedStatement ps =
                s.connection()
                    .prepareStatement("SELECT version FROM schema_version WHERE component = ?")) {
              ps.setString(1, component);
              try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                  found = rs.getInt(1);
                }
              }
            }
            if (found > version) {
              throw new IllegalStateException(
                  db.name()
                      + " has "
                      + component
                      + " schema version "
                      + found
                      + ", newer than this Naba ("
                      + version
                      + ")");
            }
            if (found < version) {
              upgrade.run(st, found);
              try (PreparedStatement ps =
                  s.connection()
                      .prepareStatement(
                          "INSERT INTO schema_version(component, version) VALUES (?, ?)"
                              + " ON CONFLICT (component) DO UPDATE SET version = excluded.version")) {
                ps.setString(1, component);
                ps.setInt(2, version);
                ps.executeUpdate();
              }
            }
            return null;
          }
        });
  }
}
