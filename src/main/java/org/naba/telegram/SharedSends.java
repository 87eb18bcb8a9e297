package org.naba.telegram;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.naba.database.Database;
import org.naba.database.Session;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The requests every replica's replies are made of, in one PostgreSQL table ({@code outgoing}),
 * waiting for the one elected sender.
 *
 * <p>A row goes {@code queued} (written with the update that caused it) → {@code taken} (in a
 * sender's queue; {@code taker} names the sender's term) → {@code writing} (about to reach
 * Telegram) → {@code sent} (kept a minute, so that a new sender knows the recent sends of its flood
 * limits), or is deleted when it ends otherwise. A new sender takes over what its predecessor left:
 * taken rows are queued again (they were never written); rows found writing were perhaps sent, so a
 * new message is recorded as uncertain and never sent again, and a repeatable request (an edit, a
 * button's answer) is queued again. Each step a sender takes checks it still holds the row's term,
 * so a sender that lost its election cannot write what its successor took over.
 */
final class SharedSends {

  /** How long sent rows are kept: the longest window of the flood limits (a group's minute). */
  static final java.time.Duration KEEP_SENT = java.time.Duration.ofMinutes(1);

  /** A request waiting to be sent. */
  record Row(long id, Outgoing.Target target, String method, String body) {}

  /** A request sent, for the flood limits. */
  record Recent(Outgoing.Target target, Instant at) {}

  private final Database db;

  SharedSends(Database db) {
    this.db = db;
  }

  static void createTable(Statement st) throws SQLException {
    st.execute(
        "CREATE TABLE IF NOT EXISTS outgoing (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
            + " chat_id BIGINT, grp BOOLEAN NOT NULL, method TEXT NOT NULL, body TEXT NOT NULL,"
            + " state TEXT NOT NULL DEFAULT 'queued', taker TEXT, sent_at TIMESTAMPTZ)");
    st.execute("CREATE INDEX IF NOT EXISTS outgoing_state ON outgoing (state, id)");
  }

  /** Queues {@code outs} in the session's transaction, and wakes the sender when it commits. */
  static void insert(Session s, MethodCodec codec, List<Outgoing> outs) throws SQLException {
    if (outs.isEmpty()) {
      return;
    }
    PreparedStatement ps =
        s.statement("INSERT INTO outgoing(chat_id, grp, method, body) VALUES (?, ?, ?, ?)");
    for (Outgoing out : outs) {
      BotApiMethod<? extends Serializable> m = out.method();
      if (out.target().chatId() == null) {
        ps.setNull(1, Types.BIGINT);
      } else {
        ps.setLong(1, out.target().chatId());
      }
      ps.setBoolean(2, out.target().group());
      ps.setString(3, m.getMethod());
      ps.setString(4, codec.encode(m));
      ps.addBatch();
    }
    ps.executeBatch();
    s.statement("SELECT pg_notify('" + ElectedSender.CHANNEL + "', '')").execute();
  }

  /**
   * Takes over from the previous sender for {@code term}: queues again what was taken, records what
   * was being written as uncertain (new messages) or queues it again (repeatable requests).
   *
   * @return the targets of what was being written (perhaps just sent: the flood limits count them)
   */
  List<Outgoing.Target> takeOver(String term, BotLedger ledger, Instant now) {
    try {
      return db.transaction(
          s -> {
            List<Outgoing.Target> writing = new ArrayList<>();
            try (ResultSet rs =
                s.statement("SELECT chat_id, grp, method FROM outgoing WHERE state = 'writing'")
                    .executeQuery()) {
              while (rs.next()) {
                long chat = rs.getLong(1);
                boolean none = rs.wasNull();
                writing.add(
                    none ? Outgoing.Target.NONE : Outgoing.Target.chat(chat, rs.getBoolean(2)));
                if (!SendFailure.repeatable(rs.getString(3))) {
                  ledger.recordUncertain(
                      none ? null : chat, rs.getString(3), "sender died while writing", now);
                }
              }
            }
            s.statement(
                    "UPDATE outgoing SET state = 'queued', taker = NULL WHERE state = 'taken'"
                        + " OR (state = 'writing' AND method NOT LIKE 'send%')")
                .executeUpdate();
            s.statement("DELETE FROM outgoing WHERE state = 'writing'").executeUpdate();
            return writing;
          });
    } catch (SQLException e) {
      throw failure("take over from the previous sender (" + term + ")", e);
    }
  }

  /** Marks up to {@code limit} queued rows taken by {@code term} and returns them in order. */
  List<Row> take(String term, int limit) {
    try {
      return db.session(
          s -> {
            PreparedStatement ps =
                s.statement(
                    "UPDATE outgoing SET state = 'taken', taker = ? WHERE id IN (SELECT id FROM"
                        + " outgoing WHERE state = 'queued' ORDER BY id LIMIT ?)"
                        + " RETURNING id, chat_id, grp, method, body");
            ps.setString(1, term);
            ps.setInt(2, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long chat = rs.getLong(2);
                Outgoing.Target target =
                    rs.wasNull()
                        ? Outgoing.Target.NONE
                        : Outgoing.Target.chat(chat, rs.getBoolean(3));
                rows.add(new Row(rs.getLong(1), target, rs.getString(4), rs.getString(5)));
              }
            }
            rows.sort(Comparator.comparingLong(Row::id));
            return rows;
          });
    } catch (SQLException e) {
      throw failure("take queued requests", e);
    }
  }

  /** Marks the row being written; false when {@code term} no longer holds it. */
  boolean writing(long id, String term) {
    return update(
        "UPDATE outgoing SET state = 'writing' WHERE id = ? AND taker = ?", id, term, null);
  }

  /** Marks the row sent at {@code at}. */
  void sent(long id, String term, Instant at) {
    update(
        "UPDATE outgoing SET state = 'sent', sent_at = ? WHERE id = ? AND taker = ?", id, term, at);
  }

  /** Deletes the row (uncertain, refused or given up), if {@code term} still holds it. */
  void forget(long id, String term) {
    update("DELETE FROM outgoing WHERE id = ? AND taker = ?", id, term, null);
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private boolean update(String sql, long id, String term, Instant at) {
    try {
      return db.session(
          s -> {
            PreparedStatement ps = s.statement(sql);
            int i = 1;
            if (at != null) {
              ps.setObject(i++, utc(at));
            }
            ps.setLong(i++, id);
            ps.setString(i, term);
            return ps.executeUpdate() == 1;
          });
    } catch (SQLException e) {
      throw failure("mark request " + id, e);
    }
  }

  /** The sends of other senders since {@code since} (the flood limits' window), for a new one. */
  List<Recent> recent(Instant since, String notTakerPrefix) {
    try {
      return db.session(
          s -> {
            PreparedStatement ps =
                s.statement(
                    "SELECT chat_id, grp, sent_at FROM outgoing WHERE state = 'sent'"
                        + " AND sent_at >= ? AND taker NOT LIKE ? ORDER BY sent_at");
            ps.setObject(1, utc(since));
            ps.setString(2, notTakerPrefix + "%");
            List<Recent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long chat = rs.getLong(1);
                Outgoing.Target target =
                    rs.wasNull()
                        ? Outgoing.Target.NONE
                        : Outgoing.Target.chat(chat, rs.getBoolean(2));
                out.add(new Recent(target, rs.getObject(3, OffsetDateTime.class).toInstant()));
              }
            }
            return out;
          });
    } catch (SQLException e) {
      throw failure("read the recent sends", e);
    }
  }

  /** Deletes the sent rows older than {@code before}. */
  void prune(Instant before) {
    try {
      db.session(
          s -> {
            PreparedStatement ps =
                s.statement("DELETE FROM outgoing WHERE state = 'sent' AND sent_at < ?");
            ps.setObject(1, utc(before));
            return ps.executeUpdate();
          });
    } catch (SQLException e) {
      throw failure("prune the sent requests", e);
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "send table " + db.name() + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
