package org.naba.telegram;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.naba.database.Database;
import org.naba.database.Dialect;
import org.naba.database.PostgresSchema;
import org.naba.database.SqliteDatabase;
import org.naba.dialogue.QuestionLog;

/**
 * The bot's own state in its own SQLite file ({@code telegram.db} in the data folder), apart from
 * the news store, or in the PostgreSQL database of {@code store.url}: the updates already handled,
 * the chats that blocked or removed the bot, the per-user question windows, the questions behind
 * the "more" and "source" buttons, and the sends whose outcome is unknown.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>An update is claimed once: {@link #claim} is true only the first time for an id, across
 *       restarts, so an update delivered twice never gets two replies.
 *   <li>A chat marked inactive (403 from Telegram) stays inactive until it writes to the bot again;
 *       on PostgreSQL every process reads the mark from the table, so replicas agree.
 *   <li>A user may ask {@code limit} questions per fixed window; the window and its count persist.
 * </ul>
 */
public final class BotLedger implements QuestionLog, AutoCloseable {

  /** Processed update ids older than this many ids behind the newest are forgotten. */
  private static final long KEPT_UPDATES = 100_000;

  /** PostgreSQL's schema_version component of these tables. */
  static final String COMPONENT = "bot_ledger";

  private final Database db;
  private final Connection connection;
  private final String file;
  private final Set<Long> inactive = ConcurrentHashMap.newKeySet();

  /** Whether other processes share these tables (PostgreSQL): then nothing is cached. */
  private final boolean shared;

  private long claims;

  private BotLedger(Database db, Connection connection) {
    this.db = db;
    this.connection = connection;
    this.file = db.name();
    this.shared = db.dialect() == Dialect.POSTGRESQL;
  }

  /** Opens (creating if needed) the ledger at {@code file}. */
  public static BotLedger open(Path file) {
    try {
      return open(SqliteDatabase.open(file, List.of()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open bot ledger " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens (creating if needed) the ledger's tables in {@code db}; the ledger then owns it. */
  public static BotLedger open(Database db) {
    try {
      if (db.dialect() == Dialect.POSTGRESQL) {
        PostgresSchema.migrate(db, COMPONENT, 1, (st, from) -> createTables(st, "BIGINT"));
      } else {
        db.session(
            s -> {
              try (Statement st = s.connection().createStatement()) {
                createTables(st, "INTEGER");
              }
              return null;
            });
      }
      BotLedger ledger = new BotLedger(db, db.hold());
      ledger.loadInactive();
      return ledger;
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new IllegalStateException(
          "cannot open bot ledger " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** The tables, with {@code integer} for 64-bit ids (SQLite's INTEGER, PostgreSQL's BIGINT). */
  private static void createTables(Statement st, String integer) throws SQLException {
    String identity =
        integer.equals("BIGINT")
            ? "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
            : "INTEGER PRIMARY KEY AUTOINCREMENT";
    st.execute(
        "CREATE TABLE IF NOT EXISTS processed_updates (update_id "
            + integer
            + " PRIMARY KEY, at TEXT NOT NULL)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS chats (chat_id "
            + integer
            + " PRIMARY KEY, active INTEGER NOT NULL, changed_at TEXT NOT NULL)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS question_windows (user_id "
            + integer
            + " PRIMARY KEY, window_start "
            + integer
            + " NOT NULL, count INTEGER NOT NULL)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS questions (id "
            + identity
            + ", question TEXT NOT NULL, asked_at TEXT NOT NULL)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS uncertain_sends (id "
            + identity
            + ", chat_id "
            + integer
            + ", method TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)");
  }

  private void loadInactive() throws SQLException {
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT chat_id FROM chats WHERE active = 0")) {
      while (rs.next()) {
        inactive.add(rs.getLong(1));
      }
    }
  }

  /** True the first time {@code updateId} is claimed, false ever after. */
  public synchronized boolean claim(long updateId, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO processed_updates(update_id, at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      ps.setLong(1, updateId);
      ps.setString(2, now.toString());
      boolean fresh = ps.executeUpdate() == 1;
      if (fresh && ++claims % 10_000 == 0) {
        try (PreparedStatement old =
            connection.prepareStatement("DELETE FROM processed_updates WHERE update_id < ?")) {
          old.setLong(1, updateId - KEPT_UPDATES);
          old.executeUpdate();
        }
      }
      return fresh;
    } catch (SQLException e) {
      throw failure("claim update " + updateId, e);
    }
  }

  /** The highest update id handled, or 0. */
  public synchronized long lastUpdateId() {
    try (Statement st = connection.createStatement()) {
      return count(st, "SELECT COALESCE(MAX(update_id), 0) FROM processed_updates");
    } catch (SQLException e) {
      throw failure("read the last update id", e);
    }
  }

  /**
   * Whether the chat may be sent to. On PostgreSQL it is read from the table each time: another
   * replica may have seen the chat block the bot, or write to it again.
   */
  public boolean isActive(long chatId) {
    if (!shared) {
      return !inactive.contains(chatId);
    }
    synchronized (this) {
      try (PreparedStatement ps =
          connection.prepareStatement("SELECT active FROM chats WHERE chat_id = ?")) {
        ps.setLong(1, chatId);
        try (ResultSet rs = ps.executeQuery()) {
          return !rs.next() || rs.getInt(1) != 0;
        }
      } catch (SQLException e) {
        throw failure("read chat " + chatId, e);
      }
    }
  }

  /** Marks the chat inactive (the bot was blocked or removed): nothing more is sent to it. */
  public void markInactive(long chatId, Instant now) {
    if (inactive.add(chatId) || shared) {
      setActive(chatId, false, now);
    }
  }

  /** Marks the chat active again (it wrote to the bot). */
  public void markActive(long chatId, Instant now) {
    if (shared) {
      reactivate(chatId, now);
    } else if (inactive.remove(chatId)) {
      setActive(chatId, true, now);
    }
  }

  /** Marks the chat active if a row says it is not (one statement, no read first). */
  private synchronized void reactivate(long chatId, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE chats SET active = 1, changed_at = ? WHERE chat_id = ? AND active = 0")) {
      ps.setString(1, now.toString());
      ps.setLong(2, chatId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark chat " + chatId, e);
    }
  }

  private synchronized void setActive(long chatId, boolean active, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO chats(chat_id, active, changed_at) VALUES (?, ?, ?) ON CONFLICT(chat_id)"
                + " DO UPDATE SET active = excluded.active, changed_at = excluded.changed_at")) {
      ps.setLong(1, chatId);
      ps.setInt(2, active ? 1 : 0);
      ps.setString(3, now.toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark chat " + chatId, e);
    }
  }

  /**
   * Counts a question of {@code userId} and tells whether it is within {@code limit} questions per
   * {@code window} (fixed windows starting at the user's first question).
   */
  @Override
  public synchronized boolean allowQuestion(long userId, int limit, Duration window, Instant now) {
    try {
      long start;
      int count;
      try (PreparedStatement ps =
          connection.prepareStatement(
              "SELECT window_start, count FROM question_windows WHERE user_id = ?")) {
        ps.setLong(1, userId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            start = rs.getLong(1);
            count = rs.getInt(2);
          } else {
            start = now.toEpochMilli();
            count = 0;
          }
        }
      }
      if (now.toEpochMilli() - start >= window.toMillis()) {
        start = now.toEpochMilli();
        count = 0;
      }
      if (count >= limit) {
        return false;
      }
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO question_windows(user_id, window_start, count) VALUES (?, ?, ?)"
                  + " ON CONFLICT(user_id) DO UPDATE SET window_start = excluded.window_start,"
                  + " count = excluded.count")) {
        ps.setLong(1, userId);
        ps.setLong(2, start);
        ps.setInt(3, count + 1);
        ps.executeUpdate();
      }
      return true;
    } catch (SQLException e) {
      throw failure("count a question of user " + userId, e);
    }
  }

  /** Keeps {@code question} for its buttons and returns its id. */
  @Override
  public synchronized long remember(String question, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO questions(question, asked_at) VALUES (?, ?) RETURNING id")) {
      ps.setString(1, question);
      ps.setString(2, now.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("remember a question", e);
    }
  }

  /** The question remembered under {@code id}. */
  @Override
  public synchronized Optional<String> recall(long id) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT question FROM questions WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read question " + id, e);
    }
  }

  /**
   * Records a request that may or may not have reached Telegram and will not be sent again (its
   * text is not kept: it could be a user's).
   */
  public synchronized void recordUncertain(Long chatId, String method, String reason, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO uncertain_sends(chat_id, method, reason, at) VALUES (?, ?, ?, ?)")) {
      if (chatId == null) {
        ps.setNull(1, java.sql.Types.INTEGER);
      } else {
        ps.setLong(1, chatId);
      }
      ps.setString(2, method);
      ps.setString(3, reason);
      ps.setString(4, now.toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("record an uncertain " + method, e);
    }
  }

  /**
   * Counts for /stats and {@code naba status}.
   *
   * @param uncertainSends requests that may or may not have reached Telegram
   */
  public record Counts(long updates, long questions, long inactiveChats, long uncertainSends) {}

  public synchronized Counts counts() {
    try (Statement st = connection.createStatement()) {
      return new Counts(
          count(st, "SELECT COUNT(*) FROM processed_updates"),
          count(st, "SELECT COUNT(*) FROM questions"),
          count(st, "SELECT COUNT(*) FROM chats WHERE active = 0"),
          count(st, "SELECT COUNT(*) FROM uncertain_sends"));
    } catch (SQLException e) {
      throw failure("count", e);
    }
  }

  private static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "bot ledger " + file + ": cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      db.close();
    }
  }
}
