package org.naba.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;
import org.naba.text.Span;

/** {@link Store#put}: the same article by URL, alias or text, and updates in place. */
@ParameterizedClass
@EnumSource(Engine.class)
class StorePutTest {

  @Parameter Engine engine;
  @TempDir Path dir;
  private Engine.Target target;

  /** Opens this test's store (the same one each time) on {@link #engine}. */
  private Store open() {
    if (target == null) {
      target = engine.target(dir);
    }
    return Store.open(target.open("naba.db"), Clock.systemUTC());
  }

  private static ParsedArticle article(String id, String url, String title, String text) {
    Span paragraph = new Span(0, text.length());
    return new ParsedArticle(
        new Article(id, url, "روداو", title, "2021-12-08", text),
        List.of(paragraph),
        List.of(paragraph),
        List.of());
  }

  @Test
  void storesANewArticleAndCallsTheSameOneAgainADuplicate() {
    try (Store store = open()) {
      ParsedArticle a = article("f1", "https://x/1", "عنوان", "نص الخبر الأول");
      assertEquals(AddOutcome.ADDED, store.put(a, List.of("guid:x|1")).outcome());
      Store.PutResult again = store.put(a, List.of("guid:x|1"));
      assertEquals(new Store.PutResult(AddOutcome.DUPLICATE, "f1", 1), again);
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void replacesChangedTextUnderTheSameIdWithANewSequenceNumber() {
    try (Store store = open()) {
      store.put(article("f1", "https://x/1", "عنوان", "نص الخبر الأول"), List.of());
      Store.PutResult put =
          store.put(article("f1", "https://x/1", "عنوان", "نص الخبر بعد التعديل"), List.of());
      assertEquals(new Store.PutResult(AddOutcome.UPDATED, "f1", 2), put);
      assertEquals(1, store.articleCount());
      assertEquals("نص الخبر بعد التعديل", store.byId("f1").orElseThrow().article().text());
      assertTrue(store.bySeq(1).isEmpty(), "the old version is gone");
      assertEquals(2, store.byId("f1").orElseThrow().seq());
    }
  }

  @Test
  void knowsAnArticleByItsAliasWhenItsUrlChanged() {
    try (Store store = open()) {
      store.put(article("f1", "https://x/old", "عنوان", "نص أول"), List.of("guid:x|7"));
      Store.PutResult put =
          store.put(article("f2", "https://x/new", "عنوان", "نص معدل"), List.of("guid:x|7"));
      assertEquals(AddOutcome.UPDATED, put.outcome());
      assertEquals("f1", put.id());
      assertEquals("https://x/new", store.byId("f1").orElseThrow().article().url());
      // the old URL still names it
      assertEquals(
          AddOutcome.DUPLICATE,
          store.put(article("f3", "https://x/old", "عنوان", "نص معدل"), List.of()).outcome());
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void storesTheSameTextUnderTwoUrlsOnce() {
    try (Store store = open()) {
      store.put(article("f1", "https://x/1", "عنوان", "النص نفسه تماما"), List.of());
      Store.PutResult put =
          store.put(article("f2", "https://y/2", "عنوان آخر", "النصُّ نفسه تماماً"), List.of());
      assertEquals(new Store.PutResult(AddOutcome.DUPLICATE, "f1", 1), put);
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void keepsTheFirstIngestTimeAndTheDateWhenTheNewVersionHasNone() {
    try (Store store = open()) {
      store.put(article("f1", "https://x/1", "عنوان", "نص أول"), List.of());
      var first = store.byId("f1").orElseThrow().ingestedAt();
      Span p = new Span(0, 6);
      store.put(
          new ParsedArticle(
              new Article("f1", "https://x/1", "روداو", "عنوان", null, "نص ثان"),
              List.of(p),
              List.of(p),
              List.of()),
          List.of());
      StoredArticle back = store.byId("f1").orElseThrow();
      assertEquals(first, back.ingestedAt());
      assertEquals("2021-12-08", back.article().published());
    }
  }

  @Test
  void migratesAVersionOneStoreKeepingItsArticles() throws Exception {
    assumeTrue(engine == Engine.SQLITE, "a version 1 store exists on SQLite only");
    Path file = dir.resolve("old.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE articles (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
              + " dedup_key TEXT NOT NULL UNIQUE, url TEXT, outlet TEXT, title TEXT NOT NULL,"
              + " published TEXT, body TEXT NOT NULL, ingested_at TEXT NOT NULL)");
      st.execute(
          "CREATE TABLE paragraphs (article_seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
              + " start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY (article_seq,"
              + " ordinal))");
      st.execute(
          "CREATE TABLE sentences (article_seq INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
              + " paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
              + " PRIMARY KEY (article_seq, ordinal))");
      st.execute(
          "CREATE TABLE quotes (article_seq INTEGER NOT NULL, ordinal INTEGER NOT NULL, start"
              + " INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT, role TEXT, cue TEXT,"
              + " PRIMARY KEY (article_seq, ordinal))");
      st.execute(
          "INSERT INTO articles(id, dedup_key, url, outlet, title, published, body, ingested_at)"
              + " VALUES ('old1', 'url:https://x/1', 'https://x/1', 'روداو', 'عنوان', NULL,"
              + " 'نص قديم', '2026-01-01T00:00:00Z')");
      st.execute("PRAGMA user_version = 1");
    }
    try (Store store = Store.open(file)) {
      assertEquals(1, store.articleCount());
      assertEquals("نص قديم", store.byId("old1").orElseThrow().article().text());
      assertTrue(store.sources().all().isEmpty());
      // an article stored before the migration is known to the feeds by its URL
      assertEquals(
          AddOutcome.UPDATED,
          store.put(article("n1", "https://x/1", "عنوان", "نص جديد"), List.of()).outcome());
      assertEquals("نص جديد", store.byId("old1").orElseThrow().article().text());
    }
  }
}
