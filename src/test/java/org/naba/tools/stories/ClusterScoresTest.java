package org.naba.tools.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  private static final Map<String, String> GOLD = Map.of("a", "s1", "b", "s1", "c", "s2");

  @Test
  void theGoldItselfScoresOne() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "x", "b", "x", "c", "y", "z", "x"));
    assertEquals(1, s.pairF1(), 1e-9);
    assertEquals(1, s.bcubedF1(), 1e-9);
    assertEquals(3, s.articles());
  }

  @Test
  void aWrongPairAndAMissedPairScoreAsCountedByHand() {
    ClusterScores s = ClusterScores.of(GOLD, Map.of("a", "x", "b", "y", "c", "y"));
    assertEquals(0, s.pairPrecision(), 1e-9);
    assertEquals(0, s.pairRecall(), 1e-9);
    // per article: a 1/1 and 1/2, b 1/2 and 1/2, c 1/2 and 1/1
    assertEquals(2 / 3.0, s.bcubedPrecision(), 1e-9);
    assertEquals(2 / 3.0, s.bcubedRecall(), 1e-9);
  }

  @Test
  void anArticleWithoutAPredictedStoryIsAnError() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> ClusterScores.of(GOLD, Map.of("a", "x")));
    assertTrue(e.getMessage().matches("no predicted story for article [bc]"), e.getMessage());
  }
}
