package org.naba.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class StoryModelTest {

  @Test
  void theBundledModelReadsAndGivesProbabilities() {
    StoryModel m = StoryModel.bundled();
    double[] none = new double[StoryLinker.FEATURES.size()];
    double[] close = none.clone();
    close[StoryLinker.FEATURES.indexOf("best")] = 0.8;
    close[StoryLinker.FEATURES.indexOf("centroid")] = 0.8;
    close[StoryLinker.FEATURES.indexOf("mean")] = 0.8;
    close[StoryLinker.FEATURES.indexOf("title")] = 0.8;
    close[StoryLinker.FEATURES.indexOf("size")] = Math.log1p(3);
    assertTrue(m.score(none) < m.joinAt(), "nothing in common: " + m.score(none));
    assertTrue(m.score(close) >= m.joinAt(), "much in common: " + m.score(close));
    assertTrue(m.joinAt() > 0 && m.joinAt() < 1);
  }

  @Test
  void aModelOfOtherFeaturesIsRefused() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json =
        (ObjectNode) mapper.readTree(StoryModel.class.getResourceAsStream(StoryModel.RESOURCE));
    json.putArray("features").add("best").add("centroid");
    var e = assertThrows(IllegalStateException.class, () -> StoryModel.read(json, "stale.json"));
    assertTrue(e.getMessage().contains("naba train-stories"), e.getMessage());
  }

  @Test
  void joinAtCanBeMoved() {
    assertEquals(0.9, StoryModel.bundled().withJoinAt(0.9).joinAt());
  }
}
