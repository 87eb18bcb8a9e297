package org.naba.store;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables on PostgreSQL: those of SQLite with 64-bit identities, {@code stop} for the
 * reserved {@code end}, byte-order ({@code "C"}) text where SQL sorts or compares (ISO dates,
 * speakers), and the index's outbox.
 */
final class PostgresArticleTables {

  private PostgresArticleTables() {}

  /** The schema_version component of the outbox's consumers. */
  static final String CONSUMERS = "index_consumers";

  /**
   * The indexes that follow the store, each with its own outbox rows ({@link
   * Store#registerIndexer}). The rows of the one-consumer outbox before it are dropped: each index
   * registers anew and, having been unknown, is rebuilt from the store.
   */
  static void upgradeConsumers(Statement st, int from) throws SQLException {
    if (from < 1) {
      st.execute(
          "CREATE TABLE index_consumers (name TEXT PRIMARY KEY, last_seen TIMESTAMPTZ NOT NULL)");
      st.execute("DELETE FROM index_outbox");
      st.execute(
          "ALTER TABLE index_outbox ADD COLUMN consumer TEXT NOT NULL"
              + " REFERENCES index_consumers(name) ON DELETE CASCADE");
      st.execute("CREATE INDEX index_outbox_by_consumer ON index_outbox(consumer, id)");
    }
  }

  /** Creates the tables of versions {@code from + 1 .. } {@link Store#SCHEMA_VERSION}. */
  static void upgrade(Statement st, int from) throws SQLException {
    if (from < 1) {
      st.execute(
          """
          CREATE TABLE articles (
            seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            dedup_key TEXT NOT NULL UNIQUE,
            url TEXT,
            outlet TEXT COLLATE "C",
            title TEXT NOT NULL,
            published TEXT COLLATE "C",
            body TEXT NOT NULL,
            ingested_at TEXT COLLATE "C" NOT NULL
          )""");
      for (String table : new String[] {"paragraphs", "sentences"}) {
        st.execute(
            "CREATE TABLE "
                + table
                + " (article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,"
                + " ordinal INTEGER NOT NULL,"
                + (table.equals("sentences") ? " paragraph INTEGER NOT NULL," : "")
                + " start INTEGER NOT NULL, stop INTEGER NOT NULL,"
                + " PRIMARY KEY (article_seq, ordinal))");
      }
      st.execute(
          """
          CREATE TABLE quotes (
            article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL,
            stop INTEGER NOT NULL,
            speaker TEXT COLLATE "C",
            role TEXT COLLATE "C",
            cue TEXT,
            PRIMARY KEY (article_seq, ordinal),
            CHECK (0 <= start AND start < stop)
          )""");
      st.execute("CREATE INDEX quotes_by_speaker ON quotes(speaker)");
      // written with each article in its transaction; the indexer deletes a row once the index
      // holds its article (Store#drainOutbox)
      st.execute(
          """
          CREATE TABLE index_outbox (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_seq BIGINT NOT NULL
          )""");
    }
    if (from < 2) {
      st.execute(
          """
          CREATE TABLE sources (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            outlet TEXT,
            every_seconds BIGINT NOT NULL CHECK (every_seconds > 0),
            enabled INTEGER NOT NULL DEFAULT 1,
            added_at BIGINT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_fetch_at BIGINT,
            last_status TEXT,
            last_error TEXT,
            new_items INTEGER NOT NULL DEFAULT 0,
            total_items BIGINT NOT NULL DEFAULT 0,
            failures INTEGER NOT NULL DEFAULT 0,
            errors BIGINT NOT NULL DEFAULT 0,
            next_fetch_at BIGINT,
            broken INTEGER NOT NULL DEFAULT 0
          )""");
      st.execute(
          """
          CREATE TABLE feed_items (
            item_key TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            article_id TEXT
          )""");
      st.execute(
          """
          CREATE TABLE article_keys (
            key TEXT PRIMARY KEY,
            article_id TEXT NOT NULL
          )""");
      st.execute("CREATE INDEX article_keys_by_article ON article_keys(article_id)");
    }
    if (from < 3) {
      StoryTable.createPostgresTables(st);
    }
  }
}
