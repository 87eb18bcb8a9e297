package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConfidenceModelTest {

  private static ObjectNode bundledJson() throws Exception {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream(ConfidenceModel.RESOURCE)) {
      return (ObjectNode) new ObjectMapper().readTree(in);
    }
  }

  @Test
  void theBundledModelReadsTheFeaturesTheCodeComputes() throws Exception {
    ConfidenceModel model = ConfidenceModel.bundled();
    double p = model.probability(new double[ConfidenceFeatures.NAMES.size()]);
    assertTrue(p > 0 && p < 1, "a probability: " + p);
    assertEquals(ConfidenceFeatures.NAMES.size(), bundledJson().path("weights").size());
  }

  @Test
  void aModelTrainedOnOtherFeaturesIsRefusedWithTheCommandThatRebuildsIt() throws Exception {
    ObjectNode json = bundledJson();
    ((ArrayNode) json.path("features")).remove(0);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ConfidenceModel.read(json, "stale.json"));
    assertTrue(e.getMessage().contains("stale.json"), e.getMessage());
    assertTrue(e.getMessage().contains("naba train-confidence"), e.getMessage());
  }

  @Test
  void anUntrainedModelIsEvenOnEveryAnswerAndPath() {
    // what the training opens Naba with: it reads no model, and must run when the bundled one is
    // stale
    ConfidenceModel model = ConfidenceModel.untrained();
    double[] x = new double[ConfidenceFeatures.NAMES.size()];
    Arrays.fill(x, 3.5);
    assertEquals(0.5, model.probability(x), 1e-12);
    assertEquals(0.5, model.rate(Ranking.Path.LATEST), 1e-12);
  }
}
