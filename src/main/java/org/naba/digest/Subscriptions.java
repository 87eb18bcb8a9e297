package org.naba.digest;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naba.database.Database;
import org.naba.database.Dialect;
import org.naba.database.PostgresSchema;
import org.naba.database.SqliteDatabase;

/**
 * Daily digest subscriptions and their delivery ledger, in the bot's own SQLite file ({@code
 * telegram.db}, beside {@link BotLedger}'s tables), with their own schema version.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>One subscription per chat: a local time, a zone, and a saved query (speaker or topic words;
 *       empty for everything). Subscribing again replaces it and makes it active.
 *   <li>A digest for (chat, local date) is delivered at most once: {@link #claim} records the
 *       window it covers before sending ({@link State#CLAIMED}), {@link #markWriting} just before
 *       the message is written to Telegram ({@link State#WRITING}), and {@link #markSent} the
 *       confirmed send ({@link State#SENT}), moving the chat's window start in the same
 *       transaction. A claimed digest that surely did not go out (a crash before writing, a
 *       refusal) is sent again by a later run, for the same window. One whose outcome is unknown
 *       ({@link #markUncertain}: the answer was lost, or the process died while writing) is {@link
 *       State#UNCERTAIN}: never sent again, and the next digest starts after its window.
 *   <li>Unsubscribing or a 403 deactivates the subscription; its ledger rows stay.
 * </ul>
 *
 * <p>Long because it is the one boundary of the subscriptions and the digest ledger, on SQLite and
 * PostgreSQL, with its migration: each state change stays one statement beside the others.
 */
public final class Subscriptions implements AutoCloseable {

  /**
   * The version of the tables below. Version 1 (a sent flag) is migrated; a newer version is
   * refused.
   */
  static final int SCHEMA_VERSION = 2;

  /** PostgreSQL's schema_version component of these tables. */
  static final String COMPONENT = "digests";

  private final Database db;
  private final Connection connection;
  private final String file;

  /** A chat's digest subscription; {@code since} is the end of the window of its last digest. */
  public record Subscription(
      long chatId, LocalTime time, ZoneId zone, String query, boolean active, Instant since) {}

  /** Where a day's digest stands. */
  public enum State {
    /** Claimed, not yet handed to Telegram: a later run sends it. */
    CLAIMED,
    /** Being written to Telegram; found so by a later process, it counts as uncertain. */
    WRITING,
    /** Telegram confirmed it. */
    SENT,
    /** It may or may not have arrived; it is never sent again. */
    UNCERTAIN
  }

  /** A digest claimed for (chat, local date), covering the window {@code (since, upTo]}. */
  public record Claim(long chatId, LocalDate date, Instant since, Instant upTo, State state) {

    /** Whether Telegram confirmed it. */
    public boolean sent() {
      return state == State.SENT;
    }

    /** Whether it is done with: sent, or uncertain (never sent again). */
    public boolean settled() {
      return state == State.SENT || state == State.UNCERTAIN;
    }
  }

  private Subscriptions(Database db, Connection connection) {
    this.db = db;
    this.connection = connection;
    this.file = db.name();
  }

  /** Opens (creating if needed) the subscription tables in {@code file}. */
  public static Subscriptions open(Path file) {
    try {
      return open(SqliteDatabase.open(file, List.of()));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open subscriptions in " + file + ": " + e.getMessage(), e);
    }
  }

  /** Opens (creating if needed) the subscription tables in {@code db}, which it then owns. */
  public static Subscriptions open(Database db) {
    try {
      if (db.dialect() == Dialect.POSTGRESQL) {
        PostgresSchema.migrate(
            db, COMPONENT, SCHEMA_VERSION, (st, from) -> createTables(st, "BIGINT"));
      } else {
        db.session(
            s -> {
              try (Statement st = s.connection().createStatement()) {
                int version = sqliteVersion(st, db.name());
                createTables(st, "INTEGER");
                if (version == 1) {
                  migrateFromSentFlag(s.connection());
                } else if (version == 0) {
                  st.execute("INSERT INTO digest_schema(version) VALUES (" + SCHEMA_VERSION + ")");
                }
              }
              return null;
            });
      }
      return new Subscriptions(db, db.hold());
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw new IllegalStateException(
          "cannot open subscriptions in " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** The SQLite file's version of these tables (0: none yet); a newer one is refused. */
  private static int sqliteVersion(Statement st, String file) throws SQLException {
    st.execute("CREATE TABLE IF NOT EXISTS digest_schema (version INTEGER NOT NULL)");
    try (ResultSet rs = st.executeQuery("SELECT version FROM digest_schema")) {
      int version = rs.next() ? rs.getInt(1) : 0;
      if (version > SCHEMA_VERSION) {
        throw new IllegalStateException(
            "digest tables in "
                + file
                + " have schema version "
                + version
                + ", newer than this Naba ("
                + SCHEMA_VERSION
                + ")");
      }
      return version;
    }
  }

  /** Version 1 to 2: the sent flag becomes a state (sent or claimed). */
  private static void migrateFromSentFlag(Connection c) throws SQLException {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("ALTER TABLE digest_deliveries ADD COLUMN state TEXT NOT NULL DEFAULT 'CLAIMED'");
      st.execute("UPDATE digest_deliveries SET state = 'SENT' WHERE sent = 1");
      st.execute("ALTER TABLE digest_deliveries DROP COLUMN sent");
      st.execute("UPDATE digest_schema SET version = " + SCHEMA_VERSION);
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** The tables, with {@code integer} for chat ids (SQLite's INTEGER, PostgreSQL's BIGINT). */
  private static void createTables(Statement st, String integer) throws SQLException {
    st.execute(
        "CREATE TABLE IF NOT EXISTS subscriptions (chat_id "
            + integer
            + " PRIMARY KEY, time TEXT NOT NULL, zone TEXT NOT NULL, query TEXT NOT NULL,"
            + " active INTEGER NOT NULL, since TEXT NOT NULL)");
    st.execute(
        "CREATE TABLE IF NOT EXISTS digest_deliveries (chat_id "
            + integer
            + " NOT NULL, local_date TEXT NOT NULL, since TEXT NOT NULL, up_to TEXT NOT NULL,"
            + " state TEXT NOT NULL, UNIQUE (chat_id, local_date))");
  }

  /**
   * Subscribes {@code chatId} (or changes its subscription): digests from {@code now} on, at {@code
   * time} in {@code zone}, holding what matches {@code query}.
   */
  public synchronized void subscribe(
      long chatId, LocalTime time, ZoneId zone, String query, Instant now) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO subscriptions(chat_id, time, zone, query, active, since) VALUES (?, ?, ?,"
                + " ?, 1, ?) ON CONFLICT(chat_id) DO UPDATE SET time = excluded.time, zone ="
                + " excluded.zone, query = excluded.query, since = CASE WHEN"
                + " subscriptions.active = 1 THEN subscriptions.since ELSE excluded.since END,"
                + " active = 1")) {
      ps.setLong(1, chatId);
      ps.setString(2, time.toString());
      ps.setString(3, zone.getId());
      ps.setString(4, query == null ? "" : query.strip());
      ps.setString(5, now.toString());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("subscribe chat " + chatId, e);
    }
  }

  /** Changes the time and zone of an active subscription; false when the chat has none. */
  public synchronized boolean reschedule(long chatId, LocalTime time, ZoneId zone) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE subscriptions SET time = ?, zone = ? WHERE chat_id = ? AND active = 1")) {
      ps.setString(1, time.toString());
      ps.setString(2, zone.getId());
      ps.setLong(3, chatId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("reschedule chat " + chatId, e);
    }
  }

  /** Deactivates the chat's subscription; false when it had no active one. */
  public synchronized boolean deactivate(long chatId) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE subscriptions SET active = 0 WHERE chat_id = ? AND active = 1")) {
      ps.setLong(1, chatId);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("unsubscribe chat " + chatId, e);
    }
  }

  /** The chat's subscription, active or not. */
  public synchronized Optional<Subscription> of(long chatId) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT chat_id, time, zone, query, active, since FROM subscriptions WHERE chat_id ="
                + " ?")) {
      ps.setLong(1, chatId);
      List<Subscription> found = read(ps);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } catch (SQLException e) {
      throw failure("read the subscription of chat " + chatId, e);
    }
  }

  /** Every active subscription, by chat id. */
  public synchronized List<Subscription> active() {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT chat_id, time, zone, query, active, since FROM subscriptions WHERE active = 1"
                + " ORDER BY chat_id")) {
      return read(ps);
    } catch (SQLException e) {
      throw failure("read the subscriptions", e);
    }
  }

  private static List<Subscription> read(PreparedStatement ps) throws SQLException {
    List<Subscription> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Subscription(
                rs.getLong(1),
                LocalTime.parse(rs.getString(2)),
                ZoneId.of(rs.getString(3)),
                rs.getString(4),
                rs.getInt(5) == 1,
                Instant.parse(rs.getString(6))));
      }
    }
    return out;
  }

  /**
   * The digest of (chat, date): the existing claim when there is one (sent or not, whatever its
   * window), else a new claim for the window {@code (subscription.since, upTo]}.
   */
  public synchronized Claim claim(Subscription s, LocalDate date, Instant upTo) {
    try {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "INSERT INTO digest_deliveries(chat_id, local_date, since, up_to, state)"
                  + " VALUES (?, ?, ?, ?, 'CLAIMED') ON CONFLICT DO NOTHING")) {
        ps.setLong(1, s.chatId());
        ps.setString(2, date.toString());
        ps.setString(3, s.since().toString());
        ps.setString(4, upTo.toString());
        ps.executeUpdate();
      }
      return delivery(s.chatId(), date).orElseThrow();
    } catch (SQLException e) {
      throw failure("claim the digest of chat " + s.chatId() + " for " + date, e);
    }
  }

  /** The ledger row of (chat, date). */
  public synchronized Optional<Claim> delivery(long chatId, LocalDate date) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT since, up_to, state FROM digest_deliveries WHERE chat_id = ? AND local_date ="
                + " ?")) {
      ps.setLong(1, chatId);
      ps.setString(2, date.toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Claim(
                chatId,
                date,
                Instant.parse(rs.getString(1)),
                Instant.parse(rs.getString(2)),
                State.valueOf(rs.getString(3))));
      }
    } catch (SQLException e) {
      throw failure("read the digest of chat " + chatId + " for " + date, e);
    }
  }

  /**
   * Records that the claimed digest went out (or that there was nothing to send): the row is sent
   * and the chat's next window starts at the claim's end, in one transaction.
   */
  public synchronized void markSent(Claim claim) {
    settle(claim, State.SENT);
  }

  /**
   * Records that the claimed digest may or may not have arrived: it is never sent again, and the
   * chat's next window starts at the claim's end (it may have been read), in one transaction.
   */
  public synchronized void markUncertain(Claim claim) {
    settle(claim, State.UNCERTAIN);
  }

  /** Records that the claimed digest is about to be written to Telegram. */
  public synchronized void markWriting(Claim claim) {
    setState(claim, State.WRITING, State.CLAIMED);
  }

  /** Records that the digest being written surely did not go out: a later run sends it. */
  public synchronized void release(Claim claim) {
    setState(claim, State.CLAIMED, State.WRITING);
  }

  private void setState(Claim claim, State to, State from) {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "UPDATE digest_deliveries SET state = ? WHERE chat_id = ? AND local_date = ? AND"
                + " state = ?")) {
      ps.setString(1, to.name());
      ps.setLong(2, claim.chatId());
      ps.setString(3, claim.date().toString());
      ps.setString(4, from.name());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark the digest of chat " + claim.chatId() + " " + to, e);
    }
  }

  private void settle(Claim claim, State state) {
    try {
      connection.setAutoCommit(false);
      try (PreparedStatement row =
              connection.prepareStatement(
                  "UPDATE digest_deliveries SET state = ? WHERE chat_id = ? AND local_date = ?");
          PreparedStatement since =
              connection.prepareStatement("UPDATE subscriptions SET since = ? WHERE chat_id = ?")) {
        row.setString(1, state.name());
        row.setLong(2, claim.chatId());
        row.setString(3, claim.date().toString());
        row.executeUpdate();
        since.setString(1, claim.upTo().toString());
        since.setLong(2, claim.chatId());
        since.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("mark the digest of chat " + claim.chatId() + " " + state, e);
    }
  }

  /** Number of digests sent (ledger rows confirmed by Telegram). */
  public synchronized long sentCount() {
    return countIn(State.SENT);
  }

  /** Number of digests that may or may not have arrived. */
  public synchronized long uncertainCount() {
    return countIn(State.UNCERTAIN);
  }

  private long countIn(State state) {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT COUNT(*) FROM digest_deliveries WHERE state = ?")) {
      ps.setString(1, state.name());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("count " + state + " digests", e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "subscriptions " + file + ": cannot " + what + ": " + e.getMessage(), e);
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
