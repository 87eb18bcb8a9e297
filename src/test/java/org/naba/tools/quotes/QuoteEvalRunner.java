package org.naba.tools.quotes;

import java.nio.file.Path;
import org.naba.quotes.QuoteExtractor;

/**
 * Development aid (not a test): evaluates the extractor on a gold file and prints the figures and
 * every error. Usage: {@code QuoteEvalRunner src/test/resources/quotes/dev/dev.jsonl}.
 */
public final class QuoteEvalRunner {

  private QuoteEvalRunner() {}

  public static void main(String[] args) {
    QuoteScores scores =
        new QuoteGoldEvaluation(new QuoteExtractor())
            .evaluate(GoldArticles.read(Path.of(args[0]), Path.of("../shared/data/news")));
    scores.errors().forEach(System.out::println);
    System.out.println(scores.summary());
  }
}
