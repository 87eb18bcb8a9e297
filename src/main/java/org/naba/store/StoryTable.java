package org.naba.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The story of each article ({@code story_articles}, schema version 2): which story it belongs to
 * and the instant the story clock gave it. A story is named by the id of its first article. Reached
 * through {@link Store#stories()}; it locks the store as the store's own methods do.
 */
public final class StoryTable {

  /**
   * An article's place in a story.
   *
   * @param outlet the article's outlet, or {@code null}; not written by {@link #put}
   */
  public record Member(
      long articleSeq, String articleId, String outlet, String story, Instant at) {}

  private final Store store;
  private final Connection connection;

  StoryTable(Store store, Connection connection) {
    this.store = store;
    this.connection = connection;
  }

  static void create(Statement st) throws SQLException {
    st.execute(
        """
        CREATE TABLE story_articles (
          article_seq INTEGER PRIMARY KEY REFERENCES articles(seq) ON DELETE CASCADE,
          story TEXT NOT NULL,
          at TEXT NOT NULL
        )""");
    st.execute("CREATE INDEX story_articles_by_story ON story_articles(story)");
    st.execute("CREATE INDEX story_articles_by_at ON story_articles(at)");
  }

  /** Records where articles went, in one transaction (replacing earlier places). */
  public void put(List<Member> members) {
    synchronized (store) {
      try {
        connection.setAutoCommit(false);
        try (PreparedStatement ps =
            connection.prepareStatement(
                "INSERT OR REPLACE INTO story_articles(article_seq, story, at) VALUES (?, ?, ?)")) {
          for (Member m : members) {
            ps.setLong(1, m.articleSeq());
            ps.setString(2, m.story());
            ps.setString(3, m.at().toString());
            ps.addBatch();
          }
          ps.executeBatch();
          connection.commit();
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw new StoreException(
            "cannot store the stories of " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Forgets every story (before a rebuild). */
  public void clear() {
    synchronized (store) {
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM story_articles");
      } catch (SQLException e) {
        throw new StoreException(
            "cannot clear the stories of " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The story of each of {@code articleIds} that has one, by article id. */
  public java.util.Map<String, String> storyOf(java.util.Collection<String> articleIds) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    if (articleIds.isEmpty()) {
      return out;
    }
    synchronized (store) {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "SELECT a.id, s.story FROM story_articles s JOIN articles a ON a.seq = s.article_seq"
                  + " WHERE a.id = ?")) {
        for (String id : new java.util.TreeSet<>(articleIds)) {
          ps.setString(1, id);
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              out.put(rs.getString(1), rs.getString(2));
            }
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException(
            "cannot read the stories of " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The latest instant of an article with a story, or {@code null} when none has one. */
  public Instant latest() {
    synchronized (store) {
      try (Statement st = connection.createStatement();
          ResultSet rs = st.executeQuery("SELECT MAX(at) FROM story_articles")) {
        String at = rs.getString(1);
        return at == null ? null : Instant.parse(at);
      } catch (SQLException e) {
        throw new StoreException("cannot query " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }

  /** The highest sequence number of an article with a story, or 0. */
  public long lastSeq() {
    synchronized (store) {
      try (Statement st = connection.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT COALESCE(MAX(article_seq), 0) FROM story_articles")) {
        return rs.getLong(1);
      } catch (SQLException e) {
        throw new StoreException("cannot query " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * The members of every story that has an article at or after {@code since}, all of each such
   * story's articles, ordered by story and then time.
   */
  public List<Member> storiesSince(Instant since) {
    synchronized (store) {
      try (PreparedStatement ps =
          connection.prepareStatement(
              "SELECT s.article_seq, a.id, a.outlet, s.story, s.at FROM story_articles s"
                  + " JOIN articles a ON a.seq = s.article_seq"
                  + " WHERE s.story IN (SELECT story FROM story_articles WHERE at >= ?)"
                  + " ORDER BY s.story, s.at, a.id")) {
        ps.setString(1, since.toString());
        List<Member> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(
                new Member(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    Instant.parse(rs.getString(5))));
          }
        }
        return out;
      } catch (SQLException e) {
        throw new StoreException(
            "cannot read the stories of " + store.file() + ": " + e.getMessage(), e);
      }
    }
  }
}
