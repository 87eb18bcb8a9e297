package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.answer.Ranking;

class ConfidenceTrainingTest {

  @Test
  void questionsAskedOverTheSeedsAloneAreHeldOutWithTheirSet() {
    // the seed questions are right wherever they are asked; the other set's never are. A model that
    // scored the seeds after training on their own questions over the seeds alone would have seen
    // the answer.
    List<ConfidenceTraining.Row> rows = new ArrayList<>();
    for (int q = 0; q < 20; q++) {
      rows.add(row("seeds", q, true));
      rows.add(row("seeds" + ConfidenceTraining.ALONE, q, true));
      rows.add(row("reader-dev", q, false));
    }
    double[] p = ConfidenceTraining.heldOut(rows);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).set().startsWith("seeds")) {
        assertTrue(p[i] < 0.2, rows.get(i).set() + " scored " + p[i]);
      }
    }
    assertEquals("seeds", ConfidenceTraining.family("seeds" + ConfidenceTraining.ALONE));
    assertEquals("reader-dev", ConfidenceTraining.family("reader-dev"));
  }

  private static ConfidenceTraining.Row row(String set, int question, boolean right) {
    return new ConfidenceTraining.Row(
        set, question, false, 1, Ranking.Path.RANKED, new double[] {1, question % 2}, right, 1);
  }
}
