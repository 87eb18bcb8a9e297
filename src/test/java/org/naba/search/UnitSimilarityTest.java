package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;

class UnitSimilarityTest {

  private final UnitSimilarity similarity = new UnitSimilarity(SearchTuning.DEFAULT);

  @Test
  void unitFieldsScoreWithTheShortUnitParameters() {
    BM25Similarity text = (BM25Similarity) similarity.get(UnitFields.TEXT);
    assertEquals(SearchTuning.DEFAULT.k1(), text.getK1());
    assertEquals(SearchTuning.DEFAULT.b(), text.getB());
    assertEquals(text, similarity.get(UnitFields.TEXT_ROOT));
  }

  @Test
  void contextAndTitleScoreWithTheParagraphParameters() {
    BM25Similarity context = (BM25Similarity) similarity.get(UnitFields.CONTEXT);
    assertEquals(SearchTuning.DEFAULT.contextK1(), context.getK1());
    assertEquals(SearchTuning.DEFAULT.contextB(), context.getB());
    assertEquals(context, similarity.get(UnitFields.TITLE));
  }
}
