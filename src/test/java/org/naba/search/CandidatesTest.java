package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CandidatesTest {

  private final UnitSchema schema = new UnitSchema();

  private static Unit unit(long article, Unit.Kind kind, int ordinal, String text) {
    return new Unit(
        article, "a" + article, kind, ordinal, 0, text.length(), text, "", "عنوان", null);
  }

  private static final List<Unit> UNITS =
      List.of(
          unit(1, Unit.Kind.SENTENCE, 0, "زار الوزير أربيل."),
          unit(1, Unit.Kind.SENTENCE, 2, "عاد الوزير إلى بغداد."),
          unit(1, Unit.Kind.SENTENCE, 3, "وصل الرئيس إلى البصرة."),
          unit(1, Unit.Kind.QUOTE, 0, "الوزير في أربيل"),
          unit(2, Unit.Kind.SENTENCE, 1, "زار الرئيس أربيل."));

  /** Candidates over the units with these doc ids, in this order. */
  private static Candidates candidates(MemoryUnitIndex index, int... docs) {
    ScoreDoc[] scored = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      scored[i] = new ScoreDoc(docs[i], 1f);
    }
    return new Candidates(index.searcher().getIndexReader(), scored);
  }

  @Test
  void holdsSaysWhichCandidatesFieldHoldsATerm() throws IOException {
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, UNITS)) {
      Candidates c = candidates(index, 4, 0, 1);
      assertArrayEquals(new boolean[] {true, true, false}, c.holds(UnitFields.TEXT, "اربيل"));
      assertArrayEquals(new boolean[] {false, true, true}, c.holds(UnitFields.TEXT, "وزير"));
    }
  }

  @Test
  void coverageIsTheWeightedShareOfTheTermsAFieldHolds() throws IOException {
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, UNITS)) {
      Map<String, Double> weighted = new LinkedHashMap<>();
      weighted.put("وزير", 1.0);
      weighted.put("اربيل", 3.0);
      double[] coverage = candidates(index, 0, 1, 2).coverage(UnitFields.TEXT, weighted);
      assertArrayEquals(new double[] {1.0, 0.25, 0.0}, coverage, 1e-9);
    }
  }

  @Test
  void holdsAnyLooksInEveryFieldNamed() throws IOException {
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, UNITS)) {
      boolean[][] held =
          candidates(index, 0, 2)
              .holdsAny(List.of(UnitFields.TEXT, UnitFields.TITLE), Set.of("عنوان"));
      assertArrayEquals(new boolean[] {true, true}, held[0]);
    }
  }

  @Test
  void unitsOfOneArticleAndKindAtMostTwoApartAreNear() throws IOException {
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, UNITS)) {
      CandidateTerms.Position[] p = candidates(index, 0, 1, 2, 3, 4).positions();
      assertEquals(new CandidateTerms.Position(1, "SENTENCE", 0), p[0]);
      assertTrue(p[0].near(p[1]), "ordinals 0 and 2");
      assertFalse(p[0].near(p[2]), "ordinals 0 and 3");
      assertFalse(p[0].near(p[3]), "a sentence and a quote");
      assertFalse(p[2].near(p[4]), "another article");
      assertTrue(p[0].isSentence() && !p[3].isSentence());
    }
  }

  @AfterEach
  void close() {
    schema.close();
  }
}
