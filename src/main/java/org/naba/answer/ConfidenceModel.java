package org.naba.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The probability that an answer answers its question: a logistic regression over {@link
 * ConfidenceFeatures}, standardised. Its weights are data ({@value #RESOURCE}), rebuilt by {@code
 * naba train-confidence} (see docs/CONFIDENCE.md); a file whose features differ from {@link
 * ConfidenceFeatures#NAMES} is refused, so a stale model cannot run.
 *
 * @param mean each feature's mean on the training data
 * @param scale each feature's standard deviation on the training data (1 where it was 0)
 */
public record ConfidenceModel(
    List<String> features, double[] mean, double[] scale, double[] weights, double bias) {

  /** The bundled model. */
  public static final String RESOURCE = "/org/naba/answer/confidence.json";

  public ConfidenceModel {
    features = List.copyOf(features);
    int n = features.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException(
          "confidence model: " + n + " features but " + weights.length + " weights");
    }
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
    return new ConfidenceModel(
        names,
        numbers(json.path("mean")),
        numbers(json.path("scale")),
        numbers(json.path("weights")),
        json.path("bias").asDouble());
  }

  private static double[] numbers(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /** The probability for {@code x}, in [0, 1]. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return 1 / (1 + Math.exp(-z));
  }
}
