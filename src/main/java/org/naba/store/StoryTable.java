package org.naba.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.naba.database.Database;
import org.naba.database.Work;

/**
 * The story of each article ({@code story_articles}, schema version 3): which story it belongs to
 * and the instant the story clock gave it ({@code placed_at}, ISO-8601 text). A story is named by
 * the id of its first article. Reached through {@link Store#stories()}; shares the store's
 * database, SQLite or PostgreSQL.
 */
public final class StoryTable {

  /**
   * An article's place in a story.
   *
   * @param outlet the article's outlet, or {@code null}; not written by {@link #put}
   */
  public record Member(
      long articleSeq, String articleId, String outlet, String story, Instant at) {}

  private static final Comparator<Member> BY_STORY_TIME_ID =
      Comparator.comparing(Member::story)
          .thenComparing(Member::at)
          .thenComparing(Member::articleId);

  private final Database db;

  StoryTable(Database db) {
    this.db = db;
  }

  /** Schema version 3 on SQLite: the story of each article. */
  static void createTables(Statement st) throws SQLException {
    st.execute(
        """
        CREATE TABLE story_articles (
          article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
          story TEXT NOT NULL,
          placed_at TEXT NOT NULL
        )""");
    createIndexes(st);
  }

  /** Schema version 3 on PostgreSQL: 64-bit sequence numbers, byte-order text for sorting. */
  static void createPostgresTables(Statement st) throws SQLException {
    st.execute(
        """
        CREATE TABLE story_articles (
          article_seq BIGINT PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
          story TEXT COLLATE "C" NOT NULL,
          placed_at TEXT COLLATE "C" NOT NULL
        )""");
    createIndexes(st);
  }

  private static void createIndexes(Statement st) throws SQLException {
    st.execute("CREATE INDEX story_articles_by_story ON story_articles(story)");
    st.execute("CREATE INDEX story_articles_by_placed_at ON story_articles(placed_at)");
  }

  /** Records where articles went, in one transaction (replacing earlier places). */
  public void put(List<Member> members) {
    put(members, Map.of());
  }

  /**
   * Records where articles went and, in the same transaction, moves the articles already stored in
   * each story of {@code renamed} (a key) to the story it names (its value): stories that became
   * part of another.
   */
  public void put(List<Member> members, Map<String, String> renamed) {
    if (members.isEmpty() && renamed.isEmpty()) {
      return;
    }
    try {
      db.transaction(
          s -> {
            PreparedStatement move =
                s.statement("UPDATE story_articles SET story = ? WHERE story = ?");
            for (Map.Entry<String, String> r : new TreeMap<>(renamed).entrySet()) {
              move.setString(1, r.getValue());
              move.setString(2, r.getKey());
              move.addBatch();
            }
            move.executeBatch();
            PreparedStatement ps =
                s.statement(
                    "INSERT INTO story_articles(article_seq, story, placed_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (article_seq) DO UPDATE"
                        + " SET story = excluded.story, placed_at = excluded.placed_at");
            for (Member m : members) {
              ps.setLong(1, m.articleSeq());
              ps.setString(2, m.story());
              ps.setString(3, m.at().toString());
              ps.addBatch();
            }
            ps.executeBatch();
            return null;
          });
    } catch (SQLException e) {
      throw new StoreException(
          "cannot store the stories of " + db.name() + ": " + e.getMessage(), e);
    }
  }

  /** Forgets every story (before a rebuild). */
  public void clear() {
    write(
        "cannot clear the stories",
        s -> {
          try (Statement st = s.connection().createStatement()) {
            st.executeUpdate("DELETE FROM story_articles");
          }
          return null;
        });
  }

  /** The story of each of {@code articleIds} that has one, by article id. */
  public Map<String, String> storyOf(Collection<String> articleIds) {
    Map<String, String> out = new HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    return run(
        "cannot read the stories",
        s -> {
          PreparedStatement ps =
              s.statement(
                  "SELECT a.id, s.story FROM story_articles s"
                      + " JOIN articles a ON a.seq = s.article_seq WHERE a.id = ?");
          for (String id : new TreeSet<>(articleIds)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          return out;
        });
  }

  /** The latest instant of an article with a story, or {@code null} when none has one. */
  public Instant latest() {
    return run(
        "cannot read the stories",
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs = st.executeQuery("SELECT MAX(placed_at) FROM story_articles")) {
            String at = rs.next() ? rs.getString(1) : null;
            return at == null ? null : Instant.parse(at);
          }
        });
  }

  /** The highest sequence number of an article with a story, or 0. */
  public long lastSeq() {
    return run(
        "cannot read the stories",
        s -> {
          try (Statement st = s.connection().createStatement();
              ResultSet rs =
                  st.executeQuery("SELECT COALESCE(MAX(article_seq), 0) FROM story_articles")) {
            return rs.next() ? rs.getLong(1) : 0L;
          }
        });
  }

  /**
   * The members of every story that has an article at or after {@code since}, all of each such
   * story's articles, ordered by story, then time, then article id (in Java, so that both engines
   * give one order).
   */
  public List<Member> storiesSince(Instant since) {
    List<Member> out =
        run(
            "cannot read the stories",
            s -> {
              PreparedStatement ps =
                  s.statement(
                      "SELECT s.article_seq, a.id, a.outlet, s.story, s.placed_at"
                          + " FROM story_articles s JOIN articles a ON a.seq = s.article_seq"
                          + " WHERE s.story IN"
                          + " (SELECT story FROM story_articles WHERE placed_at >= ?)");
              ps.setString(1, since.toString());
              List<Member> found = new ArrayList<>();
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found.add(
                      new Member(
                          rs.getLong(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          Instant.parse(rs.getString(5))));
                }
              }
              return found;
            });
    out.sort(BY_STORY_TIME_ID);
    return out;
  }

  /** Runs a read on a consistent snapshot ({@link org.naba.database.Database#read}). */
  private <T> T run(String what, Work<T> work) {
    try {
      return db.read(work);
    } catch (SQLException e) {
      throw new StoreException(what + " in " + db.name() + ": " + e.getMessage(), e);
    }
  }

  private <T> T write(String what, Work<T> work) {
    try {
      return db.session(work);
    } catch (SQLException e) {
      throw new StoreException(what + " in " + db.name() + ": " + e.getMessage(), e);
    }
  }
}
