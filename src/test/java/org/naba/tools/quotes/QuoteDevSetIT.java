package org.naba.tools.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;
import org.naba.quotes.QuoteExtractor;

/**
 * The extractor on the development set: 94 real articles, 249 quotes (ANT: skynews, CNN, BBC,
 * alarabia, france24; SaudiNewsNet: aljazirah, alyaum, was, alriyadh, sabq, aleqtisadiya, alwatan,
 * alweeam, okaz, almadina, aawsat), annotated by hand in ten batches while the extractor was
 * written (src/test/resources/quotes/dev/make_dev.py); batches B to J were first measured as
 * held-out sets. Figures may not drop below those stored in dev/expected.json.
 */
@SharedData
class QuoteDevSetIT {

  private static final Path DEV = Path.of("src/test/resources/quotes/dev/dev.jsonl");
  private static final Path EXPECTED = Path.of("src/test/resources/quotes/dev/expected.json");
  private static final Path DEV2 = Path.of("src/test/resources/quotes/dev2/dev2.jsonl");
  private static final Path EXPECTED2 = Path.of("src/test/resources/quotes/dev2/expected.json");
  private static final Path DEV3 = Path.of("src/test/resources/quotes/dev3/dev3.jsonl");
  private static final Path EXPECTED3 = Path.of("src/test/resources/quotes/dev3/expected.json");
  private static final Path DEV4 = Path.of("src/test/resources/quotes/dev4/dev4.jsonl");
  private static final Path EXPECTED4 = Path.of("src/test/resources/quotes/dev4/expected.json");

  @Test
  void devSetFiguresDoNotDropBelowTheStoredOnes() {
    List<GoldArticle> articles = GoldArticles.read(DEV, Path.of("../shared/data/news"));
    assertTrue(articles.size() >= 10, "dev set has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(EXPECTED).check("dev set", scores);
  }

  /**
   * The second batch (dev2/README.md): 30 articles, 110 quotes, drawn at random and annotated by a
   * helper who never saw the code, first measured unseen (dev2/expected.json) and read since.
   */
  @Test
  void secondBatchFiguresDoNotDropBelowTheStoredOnes() {
    List<GoldArticle> articles = GoldArticles.read(DEV2, Path.of("../shared/data/news"));
    assertTrue(articles.size() == 30, "dev2 has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(EXPECTED2).check("dev2 set", scores);
  }

  /**
   * The third batch (dev3/README.md): 30 other articles, 123 quotes, drawn and annotated the same
   * way, first measured unseen (dev3/expected.json) and read since.
   */
  @Test
  void thirdBatchFiguresDoNotDropBelowTheStoredOnes() {
    List<GoldArticle> articles = GoldArticles.read(DEV3, Path.of("../shared/data/news"));
    assertTrue(articles.size() == 30, "dev3 has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(EXPECTED3).check("dev3 set", scores);
  }

  /**
   * The fourth batch (dev4/README.md): 30 other articles, 99 quotes, drawn and annotated the same
   * way, first measured unseen (dev4/expected.json) and read since.
   */
  @Test
  void fourthBatchFiguresDoNotDropBelowTheStoredOnes() {
    List<GoldArticle> articles = GoldArticles.read(DEV4, Path.of("../shared/data/news"));
    assertTrue(articles.size() == 30, "dev4 has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(EXPECTED4).check("dev4 set", scores);
  }
}
