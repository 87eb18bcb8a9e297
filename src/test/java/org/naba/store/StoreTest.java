package org.naba.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;
import org.naba.quotes.Quote;
import org.naba.text.Span;

@ParameterizedClass
@EnumSource(Engine.class)
class StoreTest {

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

  private static ParsedArticle article(String id, String url, String text) {
    Span paragraph = new Span(0, text.length());
    return new ParsedArticle(
        new Article(id, url, "روداو", "عنوان " + id, "2021-12-08", text),
        List.of(paragraph),
        List.of(paragraph),
        List.of(new Quote(text.substring(1, 5), 1, 5, "صباح النعمان", null, "قال")));
  }

  @Test
  void storesAnArticleWithItsStructureAndReadsItBack() {
    try (Store store = open()) {
      ParsedArticle a = article("a1", null, "قال إن التنسيق عال جدا");
      assertEquals(AddOutcome.ADDED, store.add(a));
      StoredArticle back = store.byId("a1").orElseThrow();
      assertEquals(a, back.parsed());
      assertEquals(1, back.seq());
      assertEquals(1, store.lastSeq());
    }
  }

  @Test
  void aListedQuoteComesWithTheReportedClauseItCompletes() {
    String text = "وأكد نوير أن أوزيل، لم يكن \"على الإطلاق ضحية للعنصرية\"، مضيفا ذلك.";
    int start = text.indexOf("على");
    int end = text.indexOf("للعنصرية") + "للعنصرية".length();
    Span paragraph = new Span(0, text.length());
    ParsedArticle a =
        new ParsedArticle(
            new Article("n1", null, "سكاي", "عنوان", "2018-08-03", text),
            List.of(paragraph),
            List.of(paragraph),
            List.of(
                new Quote(text.substring(start, end), start, end, "مانويل نوير", null, "وأكد")));
    try (Store store = open()) {
      store.add(a);
      assertEquals(
          List.of("أوزيل، لم يكن \"على الإطلاق ضحية للعنصرية\""),
          store.quotesBySpeaker("مانويل نوير", 5).stream().map(Store.QuoteListing::text).toList());
    }
  }

  @Test
  void storesTheSameTextTwiceOnceWhenThereIsNoUrl() {
    try (Store store = open()) {
      assertEquals(AddOutcome.ADDED, store.add(article("a1", null, "النص نفسه تماما")));
      // the same text with other diacritics and spacing normalises to the same key
      assertEquals(AddOutcome.DUPLICATE, store.add(article("a2", null, "النصُّ نفسه  تماماً")));
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void keysOnTheUrlWhenThereIsOne() {
    try (Store store = open()) {
      assertEquals(AddOutcome.ADDED, store.add(article("a1", "https://x/1", "نص أول")));
      assertEquals(AddOutcome.DUPLICATE, store.add(article("a1", "https://x/1", "نص معدل")));
      assertEquals(AddOutcome.ADDED, store.add(article("a2", "https://x/2", "نص أول")));
      assertEquals(2, store.articleCount());
    }
  }

  @Test
  void refusesATakenIdWithoutWritingAnything() {
    try (Store store = open()) {
      store.add(article("a1", null, "نص أول"));
      StoreException e =
          assertThrows(StoreException.class, () -> store.add(article("a1", null, "نص آخر")));
      assertTrue(e.getMessage().contains("'a1'"), e.getMessage());
      assertEquals(1, store.articleCount());
    }
  }

  @Test
  void rollsBackAWholeArticleWhenPartOfItCannotBeWritten() {
    try (Store store = open()) {
      String text = "قال إن التنسيق عال جدا";
      Span s = new Span(0, text.length());
      // the article row and its sentences are written before the quotes; the empty quote span
      // breaks the last insert, which must take the whole article with it
      ParsedArticle broken =
          new ParsedArticle(
              new Article("b1", null, "روداو", "عنوان", null, text),
              List.of(s),
              List.of(s),
              List.of(new Quote("", 3, 3, null, null, null)));
      StoreException e = assertThrows(StoreException.class, () -> store.add(broken));
      assertTrue(e.getMessage().contains("'b1'"), e.getMessage());
      assertEquals(0, store.articleCount());
      assertEquals(AddOutcome.ADDED, store.add(article("b1", null, text)));
      assertEquals(1, store.byId("b1").orElseThrow().parsed().sentences().size());
    }
  }

  @Test
  void keepsArticlesAcrossReopening() {
    try (Store store = open()) {
      store.add(article("a1", null, "نص أول"));
    }
    try (Store store = open()) {
      assertEquals(1, store.articleCount());
      assertEquals(List.of("a1"), store.after(0, 10).stream().map(x -> x.article().id()).toList());
    }
  }
}
