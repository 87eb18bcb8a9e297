package org.naba.tools.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  @Test
  void devSetFiguresDoNotDropBelowTheStoredOnes() {
    List<GoldArticle> articles = GoldArticles.read(DEV, Path.of("../shared/data/news"));
    assertTrue(articles.size() >= 10, "dev set has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(EXPECTED).check("dev set", scores);
  }

  /**
   * The blind batches (devN/README.md): 30 articles each, drawn at random and annotated by a helper
   * who never saw the code, first measured unseen (devN/expected.json) and read since: dev2 (110
   * quotes), dev3 (123) and dev4 (99).
   */
  @ParameterizedTest
  @ValueSource(strings = {"dev2", "dev3", "dev4"})
  void blindBatchFiguresDoNotDropBelowTheStoredOnes(String batch) {
    Path folder = Path.of("src/test/resources/quotes", batch);
    List<GoldArticle> articles =
        GoldArticles.read(folder.resolve(batch + ".jsonl"), Path.of("../shared/data/news"));
    assertTrue(articles.size() == 30, batch + " has " + articles.size() + " articles");
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(articles);
    StoredFigures.read(folder.resolve("expected.json")).check(batch + " set", scores);
  }
}
