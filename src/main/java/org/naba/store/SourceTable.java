package org.naba.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.database.Database;
import org.naba.database.Work;

/**
 * The feed sources of a {@link Store}, their fetch state, and the feed items already seen (with a
 * fingerprint, so that an unchanged item is not fetched again). Shares the store's database;
 * instants are kept as epoch milliseconds, so that they compare as numbers.
 */
public final class SourceTable {

  private static final String COLUMNS =
      "id, url, outlet, every_seconds, enabled, added_at, etag, last_modified, last_fetch_at,"
          + " last_status, last_error, new_items, total_items, failures, errors, next_fetch_at,"
          + " broken";

  private final Database db;

  SourceTable(Database db) {
    this.db = db;
  }

  /** Schema version 2: the sources, the items seen, and the keys that name an article. */
  static void createTables(Statement st) throws SQLException {
    st.execute(
        """
        CREATE TABLE sources (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          url TEXT NOT NULL UNIQUE,
          outlet TEXT,
          every_seconds INTEGER NOT NULL CHECK (every_seconds > 0),
          enabled INTEGER NOT NULL DEFAULT 1,
          added_at INTEGER NOT NULL,
          etag TEXT,
          last_modified TEXT,
          last_fetch_at INTEGER,
          last_status TEXT,
          last_error TEXT,
          new_items INTEGER NOT NULL DEFAULT 0,
          total_items INTEGER NOT NULL DEFAULT 0,
          failures INTEGER NOT NULL DEFAULT 0,
          errors INTEGER NOT NULL DEFAULT 0,
          next_fetch_at INTEGER,
          broken INTEGER NOT NULL DEFAULT 0
        )""");
    st.execute(
        """
        CREATE TABLE feed_items (
          item_key TEXT PRIMARY KEY,
          fingerprint TEXT NOT NULL,
          article_id TEXT
        ) WITHOUT ROWID""");
    st.execute(
        """
        CREATE TABLE article_keys (
          key TEXT PRIMARY KEY,
          article_id TEXT NOT NULL
        ) WITHOUT ROWID""");
    st.execute("CREATE INDEX article_keys_by_article ON article_keys(article_id)");
  }

  /**
   * Adds a source, enabled and due at once; empty when its URL is already followed.
   *
   * @throws IllegalArgumentException if {@code every} is not positive
   */
  public Optional<FeedSource> add(String url, String outlet, Duration every, Instant now) {
    if (every.isZero() || every.isNegative()) {
      throw new IllegalArgumentException("every must be positive, was " + every);
    }
    boolean added =
        run(
            "cannot add source " + url,
            s -> {
              PreparedStatement ps =
                  s.statement(
                      "INSERT INTO sources(url, outlet, every_seconds, added_at)"
                          + " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO NOTHING");
              ps.setString(1, url);
              ps.setString(2, outlet);
              ps.setLong(3, Math.max(1, every.toSeconds()));
              ps.setLong(4, now.toEpochMilli());
              return ps.executeUpdate() > 0;
            });
    return added ? byUrl(url) : Optional.empty();
  }

  /** The source fetched from {@code url}. */
  public Optional<FeedSource> byUrl(String url) {
    List<FeedSource> found = select("WHERE url = ?", url);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The source numbered {@code id}. */
  public Optional<FeedSource> byId(long id) {
    List<FeedSource> found = select("WHERE id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Every source, in the order they were added. */
  public List<FeedSource> all() {
    return select("ORDER BY id");
  }

  /** The enabled sources due at {@code now}, the longest overdue first. */
  public List<FeedSource> due(Instant now) {
    return select(
        "WHERE enabled = 1 AND (next_fetch_at IS NULL OR next_fetch_at <= ?)"
            + " ORDER BY COALESCE(next_fetch_at, 0), id",
        now.toEpochMilli());
  }

  /** When the next enabled source is due, or empty when none is enabled. */
  public Optional<Instant> nextDue() {
    return run(
        "cannot read the sources",
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs =
                  st.executeQuery(
                      "SELECT MIN(COALESCE(next_fetch_at, 0)) FROM sources WHERE enabled = 1")) {
            rs.next();
            long at = rs.getLong(1);
            return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
          }
        });
  }

  /** Removes the source fetched from {@code url}; whether there was one. */
  public boolean remove(String url) {
    return run(
        "cannot remove source " + url,
        s -> {
          PreparedStatement ps = s.statement("DELETE FROM sources WHERE url = ?");
          ps.setString(1, url);
          return ps.executeUpdate() > 0;
        });
  }

  /** Turns the source fetched from {@code url} on or off; whether there is one. */
  public boolean enable(String url, boolean enabled) {
    return run(
        "cannot switch source " + url,
        s -> {
          PreparedStatement ps =
              s.statement("UPDATE sources SET enabled = ?, next_fetch_at = NULL WHERE url = ?");
          ps.setInt(1, enabled ? 1 : 0);
          ps.setString(2, url);
          return ps.executeUpdate() > 0;
        });
  }

  /** Writes a source's fetch state. */
  public void record(long id, FeedSource.FetchState s) {
    run(
        "cannot record the fetch of source " + id,
        session -> {
          PreparedStatement ps =
              session.statement(
                  "UPDATE sources SET etag = ?, last_modified = ?, last_fetch_at = ?,"
                      + " last_status = ?, last_error = ?, new_items = ?, total_items = ?,"
                      + " failures = ?, errors = ?, next_fetch_at = ?, broken = ? WHERE id = ?");
          ps.setString(1, s.etag());
          ps.setString(2, s.lastModified());
          setInstant(ps, 3, s.lastFetchAt());
          ps.setString(4, s.lastStatus());
          ps.setString(5, s.lastError());
          ps.setInt(6, s.newItems());
          ps.setLong(7, s.totalItems());
          ps.setInt(8, s.failures());
          ps.setLong(9, s.errors());
          setInstant(ps, 10, s.nextFetchAt());
          ps.setInt(11, s.broken() ? 1 : 0);
          ps.setLong(12, id);
          return ps.executeUpdate();
        });
  }

  /** The fingerprint of the feed item {@code itemKey} when it was last stored. */
  public Optional<String> fingerprint(String itemKey) {
    return run(
        "cannot read feed item " + itemKey,
        s -> {
          PreparedStatement ps =
              s.statement("SELECT fingerprint FROM feed_items WHERE item_key = ?");
          ps.setString(1, itemKey);
          try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
          }
        });
  }

  /** Remembers that the feed item {@code itemKey}, as {@code fingerprint}, is stored. */
  public void remember(String itemKey, String fingerprint, String articleId) {
    run(
        "cannot remember feed item " + itemKey,
        s -> {
          PreparedStatement ps =
              s.statement(
                  "INSERT INTO feed_items(item_key, fingerprint, article_id) VALUES (?, ?, ?)"
                      + " ON CONFLICT(item_key) DO UPDATE SET fingerprint = excluded.fingerprint,"
                      + " article_id = excluded.article_id");
          ps.setString(1, itemKey);
          ps.setString(2, fingerprint);
          ps.setString(3, articleId);
          return ps.executeUpdate();
        });
  }

  private List<FeedSource> select(String where, Object... args) {
    return run(
        "cannot read the sources",
        s -> {
          PreparedStatement ps = s.statement("SELECT " + COLUMNS + " FROM sources " + where);
          for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
          }
          List<FeedSource> out = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(source(rs));
            }
          }
          return out;
        });
  }

  private static FeedSource source(ResultSet rs) throws SQLException {
    return new FeedSource(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        Duration.ofSeconds(rs.getLong(4)),
        rs.getInt(5) != 0,
        instant(rs, 6),
        new FeedSource.FetchState(
            rs.getString(7),
            rs.getString(8),
            instant(rs, 9),
            rs.getString(10),
            rs.getString(11),
            rs.getInt(12),
            rs.getLong(13),
            rs.getInt(14),
            rs.getLong(15),
            instant(rs, 16),
            rs.getInt(17) != 0));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
    if (at == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, at.toEpochMilli());
    }
  }

  /** Runs {@code work}, naming what failed and the store if it does. */
  private <T> T run(String what, Work<T> work) {
    try {
      return db.session(work);
    } catch (SQLException e) {
      throw new StoreException(what + " in " + db.name() + ": " + e.getMessage(), e);
    }
  }
}
