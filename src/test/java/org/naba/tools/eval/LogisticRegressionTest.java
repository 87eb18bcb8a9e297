package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  /** Examples drawn from a known logistic model: p = 1 / (1 + exp(-(2x - 1))). */
  private static List<LogisticRegression.Example> drawn(int n, double weight) {
    Random random = new Random(42);
    List<LogisticRegression.Example> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = random.nextGaussian();
      double p = 1 / (1 + Math.exp(-(2 * x - 1)));
      out.add(new LogisticRegression.Example(new double[] {x}, random.nextDouble() < p, weight));
    }
    return out;
  }

  @Test
  void recoversTheProbabilitiesOfTheModelTheExamplesCameFrom() {
    LogisticRegression m = LogisticRegression.fit(drawn(20_000, 1), 0.01);
    for (double x : new double[] {-1, 0, 0.5, 2}) {
      double truth = 1 / (1 + Math.exp(-(2 * x - 1)));
      assertEquals(truth, m.probability(new double[] {x}), 0.03, "at x = " + x);
    }
  }

  @Test
  void anExampleOfWeightTwoCountsAsTwoExamples() {
    List<LogisticRegression.Example> once = new ArrayList<>(drawn(2_000, 1));
    List<LogisticRegression.Example> twice = new ArrayList<>(once);
    twice.addAll(once);
    List<LogisticRegression.Example> weighted = new ArrayList<>();
    once.forEach(e -> weighted.add(new LogisticRegression.Example(e.x(), e.y(), 2)));
    double[] x = {0.7};
    assertEquals(
        LogisticRegression.fit(twice, 1).probability(x),
        LogisticRegression.fit(weighted, 1).probability(x),
        1e-9);
  }

  @Test
  void aLargerPenaltyPullsTheProbabilitiesTowardsTheBaseRate() {
    List<LogisticRegression.Example> examples = drawn(500, 1);
    double loose = LogisticRegression.fit(examples, 0.01).probability(new double[] {2});
    double tight = LogisticRegression.fit(examples, 1_000).probability(new double[] {2});
    assertTrue(tight < loose, tight + " < " + loose);
  }
}
