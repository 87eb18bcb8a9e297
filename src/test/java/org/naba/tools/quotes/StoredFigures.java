package org.naba.tools.quotes;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expected evaluation figures stored as data: {@code {"precision", "recall", "speaker_accuracy",
 * "tolerance", "targets": {...}}}. A figure may be null when it has not been measured yet.
 */
record StoredFigures(
    Double precision, Double recall, Double speakerAccuracy, double tolerance, JsonNode targets) {

  static StoredFigures read(Path file) {
    try {
      JsonNode n = new ObjectMapper().readTree(file.toFile());
      return new StoredFigures(
          number(n, "precision"),
          number(n, "recall"),
          number(n, "speaker_accuracy"),
          n.path("tolerance").asDouble(0.005),
          n.path("targets"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read expected figures " + file, e);
    }
  }

  private static Double number(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asDouble() : null;
  }

  /** Prints the figures and errors, and fails when one drops below its stored value. */
  void check(String name, QuoteScores scores) {
    System.out.println(name + ": " + scores.summary());
    System.out.println(
        name
            + " targets: precision "
            + targets.path("precision").asDouble()
            + ", recall "
            + targets.path("recall").asDouble()
            + ", speaker accuracy "
            + targets.path("speaker_accuracy").asDouble());
    scores.errors().forEach(e -> System.out.println("  " + e));
    List<String> drops = new ArrayList<>();
    drop(drops, "precision", precision, scores.precision());
    drop(drops, "recall", recall, scores.recall());
    drop(drops, "speaker accuracy", speakerAccuracy, scores.speakerAccuracy());
    if (!drops.isEmpty()) {
      fail(
          name
              + ": figures dropped below the stored ones: "
              + String.join("; ", drops)
              + "\n"
              + scores.summary()
              + "\n"
              + String.join("\n", scores.errors()));
    }
  }

  private void drop(List<String> drops, String what, Double stored, double measured) {
    if (stored != null && measured < stored - tolerance) {
      drops.add(String.format("%s %.3f < stored %.3f", what, measured, stored));
    }
  }
}
