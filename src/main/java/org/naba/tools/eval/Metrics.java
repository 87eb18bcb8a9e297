package org.naba.tools.eval;

/**
 * Retrieval figures over a set of questions.
 *
 * @param recallAt1 share of questions whose first unit answers
 * @param recallAt5 share of questions with an answering unit among the first five
 * @param mrrAt10 mean reciprocal rank of the first answering unit among the first ten (0 if none)
 */
public record Metrics(double recallAt1, double recallAt5, double mrrAt10) {

  /** Adds up first-hit ranks (1-based, 0 for no hit in the first ten). */
  static final class Accumulator {
    private int questions;
    private int hitsAt1;
    private int hitsAt5;
    private double reciprocalRanks;

    void add(int firstHitRank) {
      questions++;
      if (firstHitRank >= 1 && firstHitRank <= 10) {
        reciprocalRanks += 1.0 / firstHitRank;
        if (firstHitRank <= 5) {
          hitsAt5++;
        }
        if (firstHitRank == 1) {
          hitsAt1++;
        }
      }
    }

    Metrics metrics() {
      if (questions == 0) {
        return new Metrics(0, 0, 0);
      }
      return new Metrics(
          round((double) hitsAt1 / questions),
          round((double) hitsAt5 / questions),
          round(reciprocalRanks / questions));
    }

    private static double round(double v) {
      return Math.round(v * 10_000) / 10_000.0;
    }
  }
}
