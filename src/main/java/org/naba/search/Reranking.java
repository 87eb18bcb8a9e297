package org.naba.search;

import java.util.Arrays;

/**
 * The second ranking stage: how many first-stage units are looked at again, and the weight of each
 * {@link Reranker.Feature} in their new score (a weighted sum). Depth 0 leaves the first stage's
 * order as it is.
 *
 * @param depth how many first-stage units are reranked
 * @param weights one weight per {@link Reranker.Feature}, in declaration order
 */
public record Reranking(int depth, float[] weights) {

  /**
   * What Naba runs: the weights {@code org.naba.tools.eval.RerankerTraining} learns on the three QA
   * sets, each searched alone and among the ant-all news sentences, rounded. Each set's figure with
   * weights learned on the other two is within about 0.01 R@1 of its figure with these
   * (docs/RETRIEVAL.md).
   */
  public static final Reranking DEFAULT =
      new Reranking(30, new float[] {1f, -1.05f, 0.9f, 1.1f, 1.45f, 1f, 1.5f, 0.25f, -0.55f});

  /** No second stage. */
  public static final Reranking NONE =
      new Reranking(0, new float[Reranker.Feature.values().length]);

  public Reranking {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be >= 0, got " + depth);
    }
    if (weights.length != Reranker.Feature.values().length) {
      throw new IllegalArgumentException(
          "weights must have one value per feature ("
              + Reranker.Feature.values().length
              + "), got "
              + weights.length);
    }
    for (float w : weights) {
      if (Float.isNaN(w) || Float.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite, got " + w);
      }
    }
    weights = weights.clone();
  }

  @Override
  public float[] weights() {
    return weights.clone();
  }

  float weight(Reranker.Feature feature) {
    return weights[feature.ordinal()];
  }

  public boolean enabled() {
    return depth > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reranking r && r.depth == depth && Arrays.equals(r.weights, weights);
  }

  @Override
  public int hashCode() {
    return 31 * depth + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Reranking[depth=" + depth + ", weights=" + Arrays.toString(weights) + "]";
  }
}
