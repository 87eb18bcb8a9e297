package org.naba.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.text.Span;

class ArticleAnalysisTest {

  private final Sources sources = new Sources(OutletDirectory.load(OutletDirectoryTest.CONFIG));

  private Article seed(Path file) {
    return ((Read.Found) sources.readAll(List.of(file)).get(0)).article();
  }

  @Test
  void splitsSeed000IntoItsTenParagraphsAndTheirSentences() {
    ParsedArticle parsed =
        new ArticleAnalysis(new QuoteExtractor()).analyse(seed(SeedArticleParserTest.SEED_000));
    assertEquals(10, parsed.paragraphs().size());
    assertEquals(10, parsed.sentences().size());
    for (Span sentence : parsed.sentences()) {
      assertTrue(parsed.paragraphOf(sentence) >= 0, sentence.toString());
    }
  }

  @Test
  void keepsEverySentenceInsideItsParagraph() {
    ParsedArticle parsed =
        new ArticleAnalysis(new QuoteExtractor()).analyse(seed(SeedArticleParserTest.SEED_001));
    assertEquals(1, parsed.paragraphs().size());
    assertEquals(8, parsed.sentences().size());
    assertFalse(parsed.quotes().isEmpty());
    for (Quote q : parsed.quotes()) {
      assertEquals(parsed.article().text().substring(q.start(), q.end()), q.text());
    }
  }

  @Test
  void dropsAQuoteThatIsNotVerbatimAndOrdersTheRest() {
    List<Quote> kept =
        ArticleAnalysis.verbatim(
            List.of(
                new Quote("نص", 4, 6, null, null, null),
                new Quote("ليس في النص", 0, 11, null, null, null),
                new Quote("هذا", 0, 3, null, null, null),
                new Quote("نص.", 4, 9, null, null, null)),
            "هذا نص.");
    assertEquals(List.of("هذا", "نص"), kept.stream().map(Quote::text).toList());
  }
}
