package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;
import org.slf4j.LoggerFactory;

class SentenceIndexTest {

  @TempDir Path dir;

  private static void add(Store store, String id, String sentence, String quote) {
    store.add(parsed(id, sentence, quote));
  }

  private static ParsedArticle parsed(String id, String sentence, String quote) {
    String text = sentence + " وقال المتحدث إن \"" + quote + "\".";
    Span all = new Span(0, text.length());
    int qs = text.indexOf(quote);
    return new ParsedArticle(
        new Article(id, "https://example.test/" + id, "روداو", "عنوان " + id, null, text),
        List.of(all),
        List.of(new Span(0, sentence.length()), new Span(sentence.length() + 1, text.length())),
        List.of(new Quote(quote, qs, qs + quote.length(), "صباح النعمان", null, "قال")));
  }

  @Test
  void anEditedArticleLeavesOnlyItsNewTextInTheIndex() {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      store.put(
          parsed("e1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا"), List.of());
      add(store, "a2", "انطلقت عملية مشتركة في قرة تبة.", "هناك اجراءات صارمة في مسك الحدود");
      index.catchUp(store);
      store.put(
          parsed("e1", "زار رئيس الوزراء قضاء سنجار.", "التنسيق مع الاقليم عال جدا"), List.of());
      assertEquals(1, index.catchUp(store));
      assertEquals(6, index.unitCount(), "2 articles x (2 sentences + 1 quote): no old version");
      long edited = store.byId("e1").orElseThrow().seq();
      assertTrue(
          index.search("قضاء مخمور", 10).stream().noneMatch(h -> h.articleSeq() == 1),
          "the first version's units are gone");
      assertEquals(edited, index.search("سنجار", 10).get(0).articleSeq());
    }
  }

  @Test
  void catchesUpWithWhatTheStoreGainedWhileItWasClosed() {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema()) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      add(store, "a2", "انطلقت عملية مشتركة في قرة تبة.", "هناك اجراءات صارمة في مسك الحدود");
      try (SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertEquals(2, index.catchUp(store));
        assertEquals(2, index.indexedSeq());
        assertEquals(0, index.catchUp(store));
      }
      add(store, "a3", "أعلن الجهاز تفكيك خلية في كركوك.", "المعركة مع الإرهاب معركة استخبارات");
      try (SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertEquals(2, index.indexedSeq(), "the committed position survives reopening");
        assertEquals(1, index.catchUp(store));
        assertEquals(9, index.unitCount(), "3 articles x (2 sentences + 1 quote)");
        Hit top = index.search("الحدود", 5).get(0);
        assertEquals(2, top.articleSeq());
      }
    }
  }

  @Test
  void findsQuotesAndSentencesWithTheirOffsets() {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      index.catchUp(store);
      List<Hit> hits = index.search("التنسيق مع الاقليم", 10);
      Hit quote = hits.stream().filter(h -> h.kind() == Unit.Kind.QUOTE).findFirst().orElseThrow();
      String body = store.bySeq(1).orElseThrow().article().text();
      assertEquals("التنسيق مع الاقليم عال جدا", body.substring(quote.start(), quote.end()));
    }
  }

  @Test
  void opensReadOnlyWhileAnotherWriterHoldsTheIndexAndSeesItsCommits() {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex writer = SentenceIndex.open(dir.resolve("index"), schema)) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      writer.catchUp(store);
      try (SentenceIndex reader = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertFalse(reader.writable());
        assertEquals(3, reader.unitCount());
        add(store, "a2", "انطلقت عملية مشتركة في قرة تبة.", "هناك اجراءات صارمة في مسك الحدود");
        writer.catchUp(store);
        reader.catchUp(store);
        assertEquals(6, reader.unitCount());
        assertThrows(IllegalStateException.class, () -> reader.rebuild(store));
      }
      assertTrue(writer.writable());
    }
  }

  @Test
  void rebuildsAnIndexWrittenWithAnotherTuning() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      try (UnitSchema textOnly = new UnitSchema(SearchTuning.TEXT_ONLY);
          SentenceIndex index = SentenceIndex.open(dir.resolve("index"), textOnly)) {
        index.catchUp(store);
      }
      try (UnitSchema schema = new UnitSchema();
          SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertEquals(3, index.unitCount(), "the other format is searched until it is replaced");
        assertEquals(1, index.catchUp(store), "the first catch-up rebuilds it");
        assertEquals(3, index.unitCount());
      }
      try (UnitSchema schema = new UnitSchema();
          SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
        assertEquals(0, index.catchUp(store), "the swapped-in index has this format");
        assertEquals(1, index.indexedSeq());
      }
    }
  }

  @Test
  void aFollowerIndexesWhatAnotherProcessStoresWhileItRuns() throws Exception {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema);
        IndexFollower follower =
            IndexFollower.start(index, store, java.time.Duration.ofMillis(20))) {
      try (Store other = Store.open(dir.resolve("naba.db"))) { // as `naba ingest` would
        add(other, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      }
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
      while (index.unitCount() < 3 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(3, index.unitCount());
      assertEquals(1, index.indexedSeq());
      assertNotNull(follower, "the follower runs until the try closes it");
    }
  }

  @Test
  void rebuildsFromTheStore() {
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema();
        SentenceIndex index = SentenceIndex.open(dir.resolve("index"), schema)) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      index.catchUp(store);
      assertEquals(1, index.rebuild(store));
      assertEquals(3, index.unitCount());
    }
  }

  @Test
  void aRebuildThatFailsMidwayLeavesTheOldIndexWhole() {
    Path indexDir = dir.resolve("index");
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema()) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      try (SentenceIndex index = SentenceIndex.open(indexDir, schema)) {
        index.catchUp(store);
        // an id longer than Lucene takes for one term: the rebuild fails on the second article
        add(store, "x".repeat(40_000), "انطلقت عملية مشتركة في قرة تبة.", "اجراءات صارمة");
        assertThrows(RuntimeException.class, () -> index.rebuild(store));
        assertEquals(3, index.unitCount(), "this process still searches the old index");
      }
      assertTrue(Files.exists(dir.resolve("index.next")), "the failed build was beside it");
      try (SentenceIndex reopened = SentenceIndex.open(indexDir, schema)) {
        assertEquals(1, reopened.indexedSeq(), "the old commit is the last one");
        assertEquals(3, reopened.unitCount());
        assertFalse(Files.exists(dir.resolve("index.next")), "what it left is cleared");
      }
    }
  }

  @Test
  void anIndexWithAGarbledCommitIsRebuiltFromTheStore() throws IOException {
    assertRebuiltAfter(
        index -> {
          try (Stream<Path> files = Files.list(index)) {
            for (Path f :
                files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
              Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
          }
        });
  }

  @Test
  void anIndexWithATruncatedSegmentIsRebuiltFromTheStore() throws IOException {
    assertRebuiltAfter(
        index -> {
          Path biggest = largestSegmentFile(index);
          Files.write(biggest, Arrays.copyOf(Files.readAllBytes(biggest), 20));
        });
  }

  @Test
  void anIndexMissingASegmentFileIsRebuiltFromTheStore() throws IOException {
    assertRebuiltAfter(index -> Files.delete(largestSegmentFile(index)));
  }

  @Test
  void aMissingIndexIsBuiltFromTheStore() throws IOException {
    assertRebuiltAfter(SentenceIndexTest::deleteTree);
  }

  private interface Damage {
    void to(Path index) throws IOException;
  }

  /** Indexes two articles, damages the closed index, and checks one reopening rebuilds it. */
  private void assertRebuiltAfter(Damage damage) throws IOException {
    Path indexDir = dir.resolve("index");
    try (Store store = Store.open(dir.resolve("naba.db"));
        UnitSchema schema = new UnitSchema()) {
      add(store, "a1", "زار رئيس الوزراء قضاء مخمور.", "التنسيق مع الاقليم عال جدا");
      add(store, "a2", "انطلقت عملية مشتركة في قرة تبة.", "هناك اجراءات صارمة في مسك الحدود");
      try (SentenceIndex index = SentenceIndex.open(indexDir, schema)) {
        index.catchUp(store);
      }
      damage.to(indexDir);
      ListAppender<ILoggingEvent> logs = captureLogs();
      try (SentenceIndex index = SentenceIndex.open(indexDir, schema)) {
        assertEquals(0, index.indexedSeq(), "a new, empty index");
        assertEquals(2, index.catchUp(store));
        assertEquals(6, index.unitCount());
        assertEquals(2, index.search("الحدود", 5).get(0).articleSeq());
      } finally {
        stopCapturing(logs);
      }
      List<String> said =
          logs.list.stream()
              .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
              .map(ILoggingEvent::getFormattedMessage)
              .toList();
      assertEquals(1, said.size(), said.toString());
      assertTrue(said.get(0).contains(indexDir.toString()), said.get(0));
      assertTrue(said.get(0).contains("from the store"), said.get(0));
    }
  }

  private static Path largestSegmentFile(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(f -> !f.getFileName().toString().startsWith("segments_"))
          .filter(f -> !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(f -> f.toFile().length()))
          .orElseThrow();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static ListAppender<ILoggingEvent> captureLogs() {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    logs.start();
    searchLogger().addAppender(logs);
    return logs;
  }

  private static void stopCapturing(ListAppender<ILoggingEvent> logs) {
    searchLogger().detachAppender(logs);
    logs.stop();
  }

  private static Logger searchLogger() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("org.naba.search");
  }
}
