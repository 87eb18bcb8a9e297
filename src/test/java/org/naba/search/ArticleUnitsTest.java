package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.quotes.Quote;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.StoredArticle;
import org.naba.text.Span;

class ArticleUnitsTest {

  private static final String FIRST = "زار رئيس الوزراء أربيل. وقال إن \"التنسيق عال\".";
  private static final String SECOND = "ثم عاد إلى بغداد.";
  private static final String BODY = FIRST + "\n" + SECOND;

  private static List<Unit> units() {
    int quote = BODY.indexOf("التنسيق عال");
    int second = FIRST.length() + 1;
    ParsedArticle parsed =
        new ParsedArticle(
            new Article("a1", null, "روداو", "زيارة أربيل", null, BODY),
            List.of(new Span(0, FIRST.length()), new Span(second, BODY.length())),
            List.of(new Span(0, 23), new Span(24, FIRST.length()), new Span(second, BODY.length())),
            List.of(new Quote("التنسيق عال", quote, quote + 11, "رئيس الوزراء", null, "قال")));
    return ArticleUnits.of(new StoredArticle(5, Instant.EPOCH, parsed));
  }

  @Test
  void sentencesComeFirstThenQuotesEachNumberedAmongItsKind() {
    List<Unit> units = units();
    assertEquals(
        List.of(Unit.Kind.SENTENCE, Unit.Kind.SENTENCE, Unit.Kind.SENTENCE, Unit.Kind.QUOTE),
        units.stream().map(Unit::kind).toList());
    assertEquals(List.of(0, 1, 2, 0), units.stream().map(Unit::ordinal).toList());
  }

  @Test
  void eachUnitIsItsVerbatimSpanOfTheBody() {
    for (Unit u : units()) {
      assertEquals(u.text(), BODY.substring(u.start(), u.end()));
    }
    assertEquals("التنسيق عال", units().get(3).text());
  }

  @Test
  void eachUnitCarriesItsArticleItsParagraphAndTheTitle() {
    List<Unit> units = units();
    assertEquals(List.of(FIRST, FIRST, SECOND, FIRST), units.stream().map(Unit::context).toList());
    for (Unit u : units) {
      assertEquals(5, u.articleSeq());
      assertEquals("a1", u.articleId());
      assertEquals("زيارة أربيل", u.title());
    }
  }

  @Test
  void onlyAQuoteHasASpeaker() {
    List<Unit> units = units();
    assertEquals(null, units.get(0).speaker());
    assertEquals("رئيس الوزراء", units.get(3).speaker());
  }

  @Test
  void theSitesFurnitureIsNoUnitAndTheOtherSentencesKeepTheirPlaces() {
    String statement = "قال رئيس البلدية إن الموقع أغلق.";
    String link = "رابط الخبر بصحيفة الوئام: إغلاق الموقع";
    String body = statement + "\n" + link + "\n" + SECOND;
    int second = statement.length() + 1;
    int third = second + link.length() + 1;
    List<Span> sentences =
        List.of(
            new Span(0, statement.length()),
            new Span(second, second + link.length()),
            new Span(third, body.length()));
    ParsedArticle parsed =
        new ParsedArticle(
            new Article("a2", null, "الوئام", "إغلاق الموقع", null, body),
            sentences,
            sentences,
            List.of());
    List<Unit> units = ArticleUnits.of(new StoredArticle(6, Instant.EPOCH, parsed));
    assertEquals(List.of(statement, SECOND), units.stream().map(Unit::text).toList());
    assertEquals(List.of(0, 2), units.stream().map(Unit::ordinal).toList());
  }
}
