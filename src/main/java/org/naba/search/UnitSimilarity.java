package org.naba.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;

/**
 * How units are scored: BM25 per field, with the {@link SearchTuning}'s parameters for short units
 * on the unit's fields and its paragraph parameters on {@link UnitFields#CONTEXT} and {@link
 * UnitFields#TITLE}. The index is written and searched with it.
 */
final class UnitSimilarity extends PerFieldSimilarityWrapper {

  private final Similarity unit;
  private final Similarity paragraph;

  UnitSimilarity(SearchTuning tuning) {
    this.unit = new BM25Similarity(tuning.k1(), tuning.b());
    this.paragraph = new BM25Similarity(tuning.contextK1(), tuning.contextB());
  }

  @Override
  public Similarity get(String field) {
    return field.equals(UnitFields.CONTEXT) || field.equals(UnitFields.TITLE) ? paragraph : unit;
  }
}
