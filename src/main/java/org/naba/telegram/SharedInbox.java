package org.naba.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.naba.database.Database;
import org.naba.database.PostgresSchema;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The updates of every replica in one PostgreSQL table, {@code inbox}, keyed by {@code update_id}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>An update is stored once ({@code ON CONFLICT DO NOTHING} on its id): posted to two
 *       replicas, or twice to one, only the first insert is fresh. The webhook answers Telegram
 *       only after the insert committed, so an update a replica took is never lost with it.
 *   <li>A chat's updates are handled one at a time across replicas, in {@code update_id} order,
 *       each in one transaction that holds the chat's advisory lock ({@code
 *       pg_advisory_xact_lock}), writes the replies to the shared send table ({@link SharedSends})
 *       and marks the update handled. A replica that dies mid-way leaves the transaction rolled
 *       back and its lock released: the update is handled by the next replica that drains the chat,
 *       exactly once.
 *   <li>Updates left unhandled for a while ({@link #stalled}: their replica died before draining)
 *       are drained by any replica's sweep.
 * </ul>
 */
final class SharedInbox {

  /** PostgreSQL's schema_version component of the inbox and the send table. */
  static final String COMPONENT = "replicas";

  /** Salt of the chats' advisory lock keys, apart from the other advisory locks of the database. */
  private static final long CHAT_LOCKS = 0x6e61626143000000L;

  private final Database db;
  private final ObjectMapper json;
  private final MethodCodec codec;

  private SharedInbox(Database db, ObjectMapper json, MethodCodec codec) {
    this.db = db;
    this.json = json;
    this.codec = codec;
  }

  /** Creates the inbox and the send table if needed. */
  static SharedInbox open(Database db, ObjectMapper json, MethodCodec codec) throws SQLException {
    PostgresSchema.migrate(
        db,
        COMPONENT,
        1,
        (st, from) -> {
          st.execute(
              "CREATE TABLE IF NOT EXISTS inbox (update_id BIGINT PRIMARY KEY,"
                  + " chat_key BIGINT NOT NULL, body TEXT NOT NULL,"
                  + " received_at TIMESTAMPTZ NOT NULL DEFAULT now(), handled_at TIMESTAMPTZ)");
          st.execute(
              "CREATE INDEX IF NOT EXISTS inbox_waiting ON inbox (chat_key, update_id)"
                  + " WHERE handled_at IS NULL");
          SharedSends.createTable(st);
        });
    return new SharedInbox(db, json, codec);
  }

  /** Stores {@code update} under its chat; true when it was new. */
  boolean put(Update update, long chatKey) {
    try {
      String body = json.writeValueAsString(update);
      return db.session(
          s -> {
            PreparedStatement ps =
                s.statement(
                    "INSERT INTO inbox(update_id, chat_key, body) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING");
            ps.setLong(1, update.getUpdateId());
            ps.setLong(2, chatKey);
            ps.setString(3, body);
            return ps.executeUpdate() == 1;
          });
    } catch (SQLException | JsonProcessingException e) {
      throw failure("store update " + update.getUpdateId(), e);
    }
  }

  /**
   * Handles the oldest unhandled update of the chat, under the chat's lock: {@code handler} gives
   * its replies, stored for the sender in the same transaction that marks it handled.
   *
   * @return false when the chat has no unhandled update
   */
  boolean handleNext(long chatKey, Function<Update, List<Outgoing>> handler) {
    try {
      return db.transaction(
          s -> {
            PreparedStatement lock = s.statement("SELECT pg_advisory_xact_lock(?)");
            lock.setLong(1, CHAT_LOCKS ^ chatKey);
            lock.execute();
            PreparedStatement next =
                s.statement(
                    "SELECT update_id, body FROM inbox WHERE chat_key = ? AND handled_at IS NULL"
                        + " ORDER BY update_id LIMIT 1");
            next.setLong(1, chatKey);
            long id;
            String body;
            try (ResultSet rs = next.executeQuery()) {
              if (!rs.next()) {
                return false;
              }
              id = rs.getLong(1);
              body = rs.getString(2);
            }
            Update update;
            try {
              update = json.readValue(body, Update.class);
            } catch (JsonProcessingException e) {
              throw new SQLException("update " + id + " in the inbox is not an update", e);
            }
            SharedSends.insert(s, codec, handler.apply(update));
            PreparedStatement done =
                s.statement("UPDATE inbox SET handled_at = now() WHERE update_id = ?");
            done.setLong(1, id);
            done.executeUpdate();
            return true;
          });
    } catch (SQLException e) {
      throw failure("handle an update of chat " + chatKey, e);
    }
  }

  /** The chats with an update unhandled for longer than {@code age}. */
  List<Long> stalled(Duration age) {
    try {
      return db.session(
          s -> {
            PreparedStatement ps =
                s.statement(
                    "SELECT DISTINCT chat_key FROM inbox WHERE handled_at IS NULL"
                        + " AND received_at < now() - make_interval(secs => ?)");
            ps.setDouble(1, age.toMillis() / 1000.0);
            List<Long> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getLong(1));
              }
            }
            return keys;
          });
    } catch (SQLException e) {
      throw failure("find the stalled chats", e);
    }
  }

  /** Forgets the updates handled longer ago than {@code keep} (Telegram stops redelivering). */
  void prune(Duration keep) {
    try {
      db.session(
          s -> {
            PreparedStatement ps =
                s.statement(
                    "DELETE FROM inbox WHERE handled_at < now() - make_interval(secs => ?)");
            ps.setDouble(1, keep.toSeconds());
            return ps.executeUpdate();
          });
    } catch (SQLException e) {
      throw failure("prune the inbox", e);
    }
  }

  private IllegalStateException failure(String what, Exception e) {
    return new IllegalStateException(
        "inbox " + db.name() + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
