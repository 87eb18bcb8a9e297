package org.naba.stories;

/**
 * A sum of unit term vectors (a story's or a group's articles) and that sum's squared length, kept
 * up to date as vectors are added: |c + v|² = |c|² + 2 c·v + |v|², with |v| = 1 (0 for a vector
 * without terms).
 */
final class SummedVector {

  private final IntDoubleMap sum = new IntDoubleMap();
  private double squaredLength;

  /** Adds a unit vector: {@code ids} ascending, {@code weights} of length 1 (or none). */
  void add(int[] ids, double[] weights) {
    squaredLength += 2 * dot(ids, weights) + (ids.length == 0 ? 0 : 1);
    for (int i = 0; i < ids.length; i++) {
      sum.add(ids[i], weights[i]);
    }
  }

  /** Adds another sum (a group absorbing another). */
  void addAll(SummedVector other) {
    double cross = dot(other);
    other.sum.forEach(sum::add);
    squaredLength += other.squaredLength + 2 * cross;
  }

  /** The dot product of a sparse vector with the sum. */
  double dot(int[] ids, double[] weights) {
    double dot = 0;
    for (int i = 0; i < ids.length; i++) {
      dot += weights[i] * sum.get(ids[i]);
    }
    return dot;
  }

  /** The dot product of two sums, read over the smaller. */
  double dot(SummedVector other) {
    SummedVector small = sum.size() <= other.sum.size() ? this : other;
    SummedVector large = small == this ? other : this;
    double[] dot = {0};
    small.sum.forEach((term, w) -> dot[0] += w * large.sum.get(term));
    return dot[0];
  }

  /** The cosine of the two sums; 0 when either is empty. */
  double cosine(SummedVector other) {
    if (squaredLength <= 0 || other.squaredLength <= 0) {
      return 0;
    }
    return dot(other) / Math.sqrt(squaredLength * other.squaredLength);
  }

  double squaredLength() {
    return squaredLength;
  }
}
