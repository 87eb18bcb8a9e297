package org.naba.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A learned {@link StoryLinker}: a logistic regression over standardised {@link
 * StoryLinker#FEATURES}, the probability that the article belongs to the story. Data ({@value
 * #RESOURCE}), rebuilt by {@code naba train-stories} from the development half of the gold stories
 * (docs/RETRIEVAL.md); a file whose features differ from {@link StoryLinker#FEATURES} is refused.
 */
public record StoryModel(
    double[] mean, double[] scale, double[] weights, double bias, double joinAt)
    implements StoryLinker {

  /** The bundled model. */
  public static final String RESOURCE = "/org/naba/stories/story-model.json";

  public StoryModel {
    int n = FEATURES.size();
    if (mean.length != n || scale.length != n || weights.length != n) {
      throw new IllegalArgumentException(
          "story model: " + n + " features but " + weights.length + " weights");
    }
    mean = mean.clone();
    scale = scale.clone();
    weights = weights.clone();
  }

  /** The bundled model; an error that names the file when it is missing or stale. */
  public static StoryModel bundled() {
    try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing story model " + RESOURCE);
      }
      return read(new ObjectMapper().readTree(in), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read story model " + RESOURCE, e);
    }
  }

  /** The model in {@code json}; {@code where} names it in errors. */
  public static StoryModel read(JsonNode json, String where) {
    List<String> names = new ArrayList<>();
    json.path("features").forEach(n -> names.add(n.asText()));
    if (!names.equals(FEATURES)) {
      throw new IllegalStateException(
          where
              + " was trained on other features than Naba computes; rebuild it with"
              + " `naba train-stories`");
    }
    return new StoryModel(
        numbers(json.path("mean")),
        numbers(json.path("scale")),
        numbers(json.path("weights")),
        json.path("bias").asDouble(),
        json.path("join_at").asDouble());
  }

  private static double[] numbers(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  @Override
  public double score(double[] x) {
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * (x[i] - mean[i]) / scale[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  @Override
  public boolean uses(String feature) {
    int i = FEATURES.indexOf(feature);
    return i < 0 || weights[i] != 0;
  }

  /** The same model joining from another probability. */
  public StoryModel withJoinAt(double value) {
    return new StoryModel(mean, scale, weights, bias, value);
  }
}
