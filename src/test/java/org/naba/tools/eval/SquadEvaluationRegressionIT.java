package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;

/**
 * Runs the XQuAD-ar evaluation through the production {@code UnitSchema} and checks Naba's scores
 * against the expected ones stored in {@code eval/expected-xquad-ar.json} (like Anserini's
 * regression configs), so retrieval quality cannot drop unnoticed. When a change improves the
 * scores on purpose, update the file in the same commit.
 */
@SharedData
class SquadEvaluationRegressionIT {

  private static final Path XQUAD = Path.of("../shared/data/qa/xquad-ar.json");

  private static EvalReport report;
  private static JsonNode expected;

  @BeforeAll
  static void evaluate() throws IOException {
    try (InputStream in =
        SquadEvaluationRegressionIT.class.getResourceAsStream("/eval/expected-xquad-ar.json")) {
      expected = new ObjectMapper().readTree(in);
    }
    report = SquadEvaluation.standard().evaluate(XQUAD);
  }

  @Test
  void asksEveryQuestionOverEverySentence() {
    assertEquals(expected.path("questions").asInt(), report.questions());
    assertEquals(expected.path("units").asInt(), report.units());
  }

  @Test
  void nabaScoresMatchTheExpectedScores() {
    double tolerance = expected.path("tolerance").asDouble();
    JsonNode naba = expected.path("naba");
    Metrics m = report.naba().metrics();
    assertEquals(naba.path("recallAt1").asDouble(), m.recallAt1(), tolerance, "R@1");
    assertEquals(naba.path("recallAt5").asDouble(), m.recallAt5(), tolerance, "R@5");
    assertEquals(naba.path("mrrAt10").asDouble(), m.mrrAt10(), tolerance, "MRR@10");
  }

  @Test
  void baselineScoresMatchTheExpectedScores() {
    double tolerance = expected.path("tolerance").asDouble();
    JsonNode baseline = expected.path("baseline");
    Metrics m = report.baseline().metrics();
    assertEquals(baseline.path("recallAt1").asDouble(), m.recallAt1(), tolerance, "R@1");
    assertEquals(baseline.path("recallAt5").asDouble(), m.recallAt5(), tolerance, "R@5");
    assertEquals(baseline.path("mrrAt10").asDouble(), m.mrrAt10(), tolerance, "MRR@10");
  }

  @Test
  void nabaBeatsTheBaselineOnEveryMeasure() {
    Metrics naba = report.naba().metrics();
    Metrics baseline = report.baseline().metrics();
    assertTrue(naba.recallAt1() > baseline.recallAt1(), "R@1 " + naba + " vs " + baseline);
    assertTrue(naba.recallAt5() > baseline.recallAt5(), "R@5 " + naba + " vs " + baseline);
    assertTrue(naba.mrrAt10() > baseline.mrrAt10(), "MRR@10 " + naba + " vs " + baseline);
  }
}
