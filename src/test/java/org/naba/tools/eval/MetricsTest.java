package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void ranksBecomeRecallAndReciprocalRank() {
    Metrics.Accumulator acc = new Metrics.Accumulator();
    acc.add(1);
    acc.add(3);
    acc.add(0);
    acc.add(10);
    Metrics m = acc.metrics();
    assertEquals(0.25, m.recallAt1());
    assertEquals(0.5, m.recallAt5());
    assertEquals(Math.round((1 + 1 / 3.0 + 0.1) / 4 * 10_000) / 10_000.0, m.mrrAt10());
  }

  @Test
  void noQuestionsGiveZeros() {
    assertEquals(new Metrics(0, 0, 0), new Metrics.Accumulator().metrics());
  }
}
