package org.naba.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The probability that an answer answers its question.
 *
 * <ul>
 *   <li>Ranked answers: a logistic regression over {@link ConfidenceFeatures}, standardised.
 *   <li>Answers of the other paths (a speaker's latest statements, a topic's news): the rate at
 *       which the path's first answer was right on the training questions.
 * </ul>
 *
 * <p>Both are data ({@value #RESOURCE}), rebuilt by {@code naba train-confidence} (see
 * docs/CONFIDENCE.md); a file whose features differ from {@link ConfidenceFeatures#NAMES} is
 * refused, so a stale model cannot run.
 */
public final class ConfidenceModel {

  /** The bundled model. */
  public static final String RESOURCE = "/org/naba/answer/confidence.json";

  /** The rate of a path the file does not give: as unsure as can be. */
  private static final double UNKNOWN_RATE = 0.5;

  private final double[] mean;
  private final double[] scale;
  private final double[] weights;
  private final double bias;
  private final Map<Ranking.Path, Double> rates;

  /**
   * @param mean each feature's mean on the training data
   * @param scale each feature's standard deviation on the training data (1 where it was 0)
   * @param rates each unmodelled path's rate of right first answers
   */
  public ConfidenceModel(
      double[] mean,
      double[] scale,
      double[] weights,
      double bias,
      Map<Ranking.Path, Double> rates) {
    int n = ConfidenceFeatures.NAMES.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException(
          "confidence model: " + n + " features but " + weights.length + " weights");
    }
    this.mean = mean.clone();
    this.scale = scale.clone();
    this.weights = weights.clone();
    this.bias = bias;
    this.rates = rates.isEmpty() ? Map.of() : new EnumMap<>(rates);
  }

  /**
   * A model that has learned nothing: every answer 0.5. For the training, which reads no model and
   * must run when the bundled one is stale (a feature added or removed).
   */
  public static ConfidenceModel untrained() {
    int n = ConfidenceFeatures.NAMES.size();
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    return new ConfidenceModel(new double[n], ones, new double[n], 0, Map.of());
  }

  /** The bundled model; an error that names the file when it is missing or stale. */
  public static ConfidenceModel bundled() {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing confidence model " + RESOURCE);
      }
      return read(new ObjectMapper().readTree(in), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read confidence model " + RESOURCE, e);
    }
  }

  /** The model in {@code json}; {@code where} names it in errors. */
  public static ConfidenceModel read(JsonNode json, String where) {
    List<String> names = new ArrayList<>();
    json.path("features").forEach(n -> names.add(n.asText()));
    if (!names.equals(ConfidenceFeatures.NAMES)) {
      throw new IllegalStateException(
          where
              + " was trained on other features than Naba computes; rebuild it with"
              + " `naba train-confidence`");
    }
    Map<Ranking.Path, Double> rates = new EnumMap<>(Ranking.Path.class);
    json.path("rates")
        .fields()
        .forEachRemaining(
            e ->
                rates.put(
                    Ranking.Path.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)),
                    e.getValue().asDouble()));
    return new ConfidenceModel(
        numbers(json.path("mean")),
        numbers(json.path("scale")),
        numbers(json.path("weights")),
        json.path("bias").asDouble(),
        rates);
  }

  private static double[] numbers(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** The probability for a ranked answer's features {@code x}, in [0, 1]. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The probability for an answer of an unmodelled path. */
  public double rate(Ranking.Path path) {
    return rates.getOrDefault(path, UNKNOWN_RATE);
  }
}
