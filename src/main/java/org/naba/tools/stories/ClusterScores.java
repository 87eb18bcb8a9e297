package org.naba.tools.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * How well predicted stories match gold stories, over the gold's articles: pairwise (each pair of
 * articles put together) and B-cubed (per article, the share of its predicted story that is in its
 * gold story, and the reverse).
 */
public record ClusterScores(
    int articles,
    double pairPrecision,
    double pairRecall,
    double pairF1,
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1) {

  /**
   * Scores {@code predicted} (article → story) against {@code gold}; an article of the gold missing
   * from {@code predicted} is an error.
   */
  public static ClusterScores of(Map<String, String> gold, Map<String, String> predicted) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> g : gold.entrySet()) {
      String p = predicted.get(g.getKey());
      if (p == null) {
        throw new IllegalArgumentException("no predicted story for article " + g.getKey());
      }
      goldSize.merge(g.getValue(), 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      both.merge(g.getValue() + "\u0000" + p, 1, Integer::sum);
    }
    long samePredicted = pairs(predictedSize);
    long sameGold = pairs(goldSize);
    long sameBoth = pairs(both);
    double pp = samePredicted == 0 ? 1 : sameBoth / (double) samePredicted;
    double pr = sameGold == 0 ? 1 : sameBoth / (double) sameGold;
    double bp = 0;
    double br = 0;
    for (Map.Entry<String, String> g : gold.entrySet()) {
      String p = predicted.get(g.getKey());
      int overlap = both.get(g.getValue() + "\u0000" + p);
      bp += overlap / (double) predictedSize.get(p);
      br += overlap / (double) goldSize.get(g.getValue());
    }
    bp /= gold.size();
    br /= gold.size();
    return new ClusterScores(gold.size(), pp, pr, f1(pp, pr), bp, br, f1(bp, br));
  }

  private static long pairs(Map<String, Integer> sizes) {
    long n = 0;
    for (int s : sizes.values()) {
      n += (long) s * (s - 1) / 2;
    }
    return n;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line: pairwise P/R/F1 and B-cubed P/R/F1. */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "articles %d, pairwise P %.3f R %.3f F1 %.3f, B-cubed P %.3f R %.3f F1 %.3f",
        articles,
        pairPrecision,
        pairRecall,
        pairF1,
        bcubedPrecision,
        bcubedRecall,
        bcubedF1);
  }
}
