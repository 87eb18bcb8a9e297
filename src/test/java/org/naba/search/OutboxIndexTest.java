package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.database.Engine;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;

/**
 * The index on PostgreSQL follows the store's outbox, not a sequence watermark: sequence numbers
 * taken by concurrent writers commit out of order, and a watermark skips the late ones.
 */
class OutboxIndexTest {

  @TempDir Path dir;
  private Engine.Target target;

  @BeforeEach
  void database() {
    target = Engine.POSTGRESQL.target(dir);
  }

  private Store store() {
    return Store.open(target.open("naba.db"), Clock.systemUTC());
  }

  private static ParsedArticle parsed(String id, String sentence) {
    String quote = "الوضع الأمني مستقر في " + id;
    String text = sentence + " وقال المتحدث إن \"" + quote + "\".";
    int qs = text.indexOf(quote);
    return new ParsedArticle(
        new Article(id, "https://example.test/" + id, "روداو", "عنوان " + id, null, text),
        List.of(new Span(0, text.length())),
        List.of(new Span(0, sentence.length()), new Span(sentence.length() + 1, text.length())),
        List.of(new Quote(quote, qs, qs + quote.length(), "صباح النعمان", null, "قال")));
  }

  @Test
  void indexesEachArticleOnceAndEmptiesTheOutbox() {
    try (Store store = store();
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      assertEquals(0, index.catchUp(store), "registers the index with the outbox");
      store.add(parsed("a1", "زار رئيس الوزراء قضاء مخمور."));
      store.add(parsed("a2", "انطلقت عملية مشتركة في قرة تبة."));
      assertEquals(2, store.outboxSize());
      assertEquals(2, index.catchUp(store), "loaded once, though the outbox names them too");
      assertEquals(0, store.outboxSize());
      assertEquals(0, index.catchUp(store));
      store.add(parsed("a3", "أعلن الجهاز تفكيك خلية في كركوك."));
      assertEquals(1, index.catchUp(store));
      assertEquals(9, index.unitCount(), "3 articles x (2 sentences + 1 quote)");
    }
  }

  @Test
  void anArticleCommittedLateUnderALowerSequenceNumberIsStillIndexed() throws Exception {
    try (Store store = store();
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      store.add(parsed("a1", "زار رئيس الوزراء قضاء مخمور."));
      index.catchUp(store);
      try (Connection slow = DriverManager.getConnection(target.where())) {
        // a second writer takes the next sequence number and commits after a later article
        slow.setAutoCommit(false);
        long lowSeq = insertRaw(slow, "late", "أعلن الجهاز تفكيك خلية في كركوك.");
        store.add(parsed("a3", "انطلقت عملية مشتركة في قرة تبة."));
        assertEquals(1, index.catchUp(store));
        slow.commit();
        long watermark = index.indexedSeq();
        assertTrue(lowSeq < watermark, "the late article's number is below the watermark");
        assertTrue(
            store.after(watermark, 10).isEmpty(), "a watermark would never see the late article");
        assertEquals(1, index.catchUp(store), "the outbox brings it");
        assertEquals(lowSeq, index.search("خلية كركوك", 1).get(0).articleSeq());
      }
    }
  }

  /** Inserts an article with one sentence and its outbox row, as the store does, uncommitted. */
  private static long insertRaw(Connection c, String id, String sentence) throws Exception {
    long seq;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO articles(id, dedup_key, url, outlet, title, published, body, ingested_at)"
                + " VALUES (?, ?, NULL, 'روداو', 'عنوان', NULL, ?, '2026-01-01T00:00:00Z')"
                + " RETURNING seq")) {
      ps.setString(1, id);
      ps.setString(2, "id:" + id);
      ps.setString(3, sentence);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO sentences(article_seq, ordinal, paragraph, start, stop)"
                + " VALUES (?, 0, 0, 0, ?)")) {
      ps.setLong(1, seq);
      ps.setInt(2, sentence.length());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO index_outbox(consumer, article_seq) SELECT name, ? FROM index_consumers")) {
      ps.setLong(1, seq);
      ps.executeUpdate();
    }
    return seq;
  }

  @Test
  void eachReplicasIndexSeesEveryArticleEvenOneCommittedLateUnderALowerNumber() throws Exception {
    try (Store store = store();
        UnitSchema schema = new UnitSchema();
        SentenceIndex one = SentenceIndex.open(dir.resolve("one/index"), schema);
        SentenceIndex two = SentenceIndex.open(dir.resolve("two/index"), schema)) {
      store.add(parsed("a1", "زار رئيس الوزراء قضاء مخمور."));
      assertEquals(1, one.catchUp(store));
      assertEquals(1, two.catchUp(store), "the second index builds itself from the store");
      try (Connection slow = DriverManager.getConnection(target.where())) {
        slow.setAutoCommit(false);
        long lowSeq = insertRaw(slow, "late", "أعلن الجهاز تفكيك خلية في كركوك.");
        store.add(parsed("a3", "انطلقت عملية مشتركة في قرة تبة."));
        assertEquals(1, one.catchUp(store), "one takes its row of a3, not two's");
        slow.commit();
        assertEquals(1, one.catchUp(store));
        assertEquals(2, two.catchUp(store), "two still has its rows of a3 and the late one");
        for (SentenceIndex index : List.of(one, two)) {
          assertEquals(lowSeq, index.search("خلية كركوك", 1).get(0).articleSeq());
          assertEquals(3 + 3 + 1, index.unitCount(), "a1 and a3: 3 units each, the late one: 1");
        }
      }
      assertEquals(0, store.outboxSize());
    }
  }

  @Test
  void anIndexTheStoreForgotIsRebuiltWhenItComesBack() throws Exception {
    try (Store store = store();
        UnitSchema schema = new UnitSchema()) {
      store.add(parsed("a1", "زار رئيس الوزراء قضاء مخمور."));
      try (SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        index.catchUp(store);
      }
      try (Connection c = DriverManager.getConnection(target.where());
          java.sql.Statement st = c.createStatement()) {
        // forgotten after a long absence: its rows went with it
        st.execute("DELETE FROM index_consumers");
      }
      store.add(parsed("a2", "انطلقت عملية مشتركة في قرة تبة."));
      try (SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertEquals(2, index.catchUp(store), "rebuilt from the store: a1 and a2");
        assertEquals(6, index.unitCount());
      }
    }
  }

  @Test
  void twoConcurrentWritersLeaveNoArticleUnindexed() throws Exception {
    int perWriter = 150;
    try (Store one = store();
        Store two = store();
        Store reader = store();
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      AtomicBoolean writing = new AtomicBoolean(true);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (Store writer : List.of(one, two)) {
          String prefix = writer == one ? "w1-" : "w2-";
          writers.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < perWriter; i++) {
                      writer.add(parsed(prefix + i, "خبر رقم " + i + " من " + prefix));
                    }
                    return null;
                  }));
        }
        Future<?> indexer =
            pool.submit(
                () -> {
                  while (writing.get()) {
                    index.catchUp(reader);
                  }
                  return null;
                });
        for (Future<?> w : writers) {
          w.get();
        }
        writing.set(false);
        indexer.get();
      } finally {
        pool.shutdownNow();
      }
      index.catchUp(reader);
      assertEquals(2 * perWriter, reader.articleCount());
      assertEquals(0, reader.outboxSize());
      assertEquals(2 * perWriter * 3, index.unitCount(), "every article's 3 units, once");
    }
  }
}
