package org.naba.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the second ranking stage ({@link Reranker}) reads of the first stage's best units: where
 * each sits and which terms its fields hold. The embedded index reads them from its postings
 * ({@link Candidates}); OpenSearch's hits from their stored fields ({@link StoredCandidates}).
 */
interface CandidateTerms {

  /**
   * Where a unit sits: its article, its kind and its place among the article's units of that kind.
   */
  record Position(long article, String kind, int ordinal) {
    boolean isSentence() {
      return kind.equals(Unit.Kind.SENTENCE.name());
    }

    boolean near(Position other) {
      return article == other.article
          && kind.equals(other.kind)
          && Math.abs(ordinal - other.ordinal) <= Reranker.NEIGHBOURHOOD;
    }
  }

  /** How many candidates there are. */
  int size();

  /** Per candidate: its article, kind and ordinal. */
  Position[] positions() throws IOException;

  /** Per candidate: whether {@code field} holds {@code term} (as the field's analysis gives it). */
  boolean[] holds(String field, String term) throws IOException;

  /** Per candidate: the IDF-weighted share of {@code weighted}'s terms {@code field} holds. */
  default double[] coverage(String field, Map<String, Double> weighted) throws IOException {
    double total = weighted.values().stream().mapToDouble(Double::doubleValue).sum();
    double[] out = new double[size()];
    if (total == 0) {
      return out;
    }
    for (Map.Entry<String, Double> e : weighted.entrySet()) {
      boolean[] has = holds(field, e.getKey());
      for (int i = 0; i < out.length; i++) {
        if (has[i]) {
          out[i] += e.getValue() / total;
        }
      }
    }
    return out;
  }

  /** Per term of {@code terms} and per candidate: whether one of {@code fields} holds it. */
  default boolean[][] holdsAny(List<String> fields, Set<String> terms) throws IOException {
    boolean[][] out = new boolean[terms.size()][];
    int t = 0;
    for (String term : terms) {
      boolean[] any = new boolean[size()];
      for (String field : fields) {
        boolean[] in = holds(field, term);
        for (int i = 0; i < any.length; i++) {
          any[i] |= in[i];
        }
      }
      out[t++] = any;
    }
    return out;
  }
}
