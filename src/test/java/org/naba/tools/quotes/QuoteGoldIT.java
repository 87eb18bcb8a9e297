package org.naba.tools.quotes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;
import org.naba.quotes.QuoteExtractor;

/**
 * The extractor on the hand-annotated gold set (40+ real articles, annotated independently of the
 * extractor). Skipped while gold/gold.jsonl is absent. Figures may not drop below those stored in
 * gold/expected.json, which also records the targets (precision 0.95, recall 0.90, speaker
 * accuracy 0.90).
 */
@SharedData
class QuoteGoldIT {

  private static final Path GOLD = Path.of("src/test/resources/quotes/gold/gold.jsonl");
  private static final Path EXPECTED = Path.of("src/test/resources/quotes/gold/expected.json");

  @Test
  void goldSetFiguresDoNotDropBelowTheStoredOnes() {
    assumeTrue(Files.exists(GOLD), "no gold set at " + GOLD);
    QuoteScores scores =
        new QuoteGoldEvaluation(new QuoteExtractor())
            .evaluate(GoldArticles.read(GOLD, Path.of("../shared/data/news")));
    StoredFigures.read(EXPECTED).check("gold set", scores);
  }
}
