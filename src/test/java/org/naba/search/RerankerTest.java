package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;
import org.naba.search.Reranker.Feature;

class RerankerTest {

  private static Unit unit(long article, int ordinal, String text, String context, String title) {
    return new Unit(
        article,
        "a" + article,
        Unit.Kind.SENTENCE,
        ordinal,
        0,
        text.length(),
        text,
        context,
        title,
        null);
  }

  /** Indexes {@code units} in this order (doc id = position) and runs {@code check} on them. */
  private static void withIndex(UnitSchema schema, List<Unit> units, Check check)
      throws IOException {
    try (MemoryUnitIndex index = MemoryUnitIndex.of(schema, units)) {
      check.run(index.searcher());
    }
  }

  private interface Check {
    void run(IndexSearcher searcher) throws IOException;
  }

  private static double feature(double[][] features, int doc, ScoreDoc[] docs, Feature f) {
    for (int i = 0; i < docs.length; i++) {
      if (docs[i].doc == doc) {
        return features[i][f.ordinal()];
      }
    }
    throw new AssertionError("doc " + doc + " not among the candidates");
  }

  @Test
  void coverageFeaturesAreSharesOfTheQuestionBetweenZeroAndOne() throws IOException {
    try (UnitSchema schema = new UnitSchema()) {
      List<Unit> units =
          List.of(
              unit(1, 0, "افتتح الوزير المستشفى الجديد في أربيل.", "", "مستشفى أربيل"),
              unit(2, 0, "زار الوزير بغداد.", "", "زيارة"));
      withIndex(
          schema,
          units,
          searcher -> {
            String question = "متى افتتح الوزير المستشفى في أربيل؟";
            ScoreDoc[] docs = searcher.search(schema.query(question), 10).scoreDocs;
            double[][] f = schema.reranker().features(searcher, question, docs);
            assertEquals(1.0, feature(f, 0, docs, Feature.TEXT_COVERAGE), 1e-9);
            assertEquals(1.0, feature(f, 0, docs, Feature.FIRST_STAGE), 1e-9);
            double partial = feature(f, 1, docs, Feature.TEXT_COVERAGE);
            assertTrue(partial > 0 && partial < 1, "only الوزير: " + partial);
            for (double[] row : f) {
              for (Feature c :
                  List.of(
                      Feature.TEXT_COVERAGE,
                      Feature.ROOT_COVERAGE,
                      Feature.SKELETON_COVERAGE,
                      Feature.CONTEXT_COVERAGE,
                      Feature.TITLE_COVERAGE)) {
                assertTrue(row[c.ordinal()] >= 0 && row[c.ordinal()] <= 1 + 1e-9, c.name());
              }
            }
          });
    }
  }

  @Test
  void rootCoverageMatchesAWordAcrossItsDerivations() throws IOException {
    try (UnitSchema schema = new UnitSchema()) {
      withIndex(
          schema,
          List.of(unit(1, 0, "يستخدم المزارعون المياه الجوفية.", "", "زراعة")),
          searcher -> {
            String question = "ما استخدام المياه الجوفية؟";
            ScoreDoc[] docs = searcher.search(schema.query(question), 10).scoreDocs;
            double[][] f = schema.reranker().features(searcher, question, docs);
            assertTrue(
                feature(f, 0, docs, Feature.ROOT_COVERAGE)
                    > feature(f, 0, docs, Feature.TEXT_COVERAGE));
          });
    }
  }

  @Test
  void aUnitOfferingTheNumberAskedForMatchesTheType() throws IOException {
    try (UnitSchema schema = new UnitSchema()) {
      withIndex(
          schema,
          List.of(
              unit(1, 0, "بلغ عدد سكان أربيل 1500000 نسمة.", "", "أربيل"),
              unit(2, 0, "سكان أربيل من الكرد.", "", "أربيل")),
          searcher -> {
            String question = "كم عدد سكان أربيل؟";
            ScoreDoc[] docs = searcher.search(schema.query(question), 10).scoreDocs;
            double[][] f = schema.reranker().features(searcher, question, docs);
            assertEquals(1.0, feature(f, 0, docs, Feature.TYPE_MATCH));
            assertEquals(0.0, feature(f, 0, docs, Feature.TYPE_MISS));
            assertEquals(1.0, feature(f, 1, docs, Feature.TYPE_MISS));
          });
    }
  }

  @Test
  void theSecondStageRanksTheUnitWhosePassageAnswersTheQuestionFirst() throws IOException {
    String passage =
        "نيكولا تسلا مخترع صربي أمريكي. ولد تسلا في سميلان. توفي تسلا في نيويورك عام 1943.";
    try (UnitSchema schema = new UnitSchema()) {
      withIndex(
          schema,
          List.of(
              unit(1, 0, "قالت شركة تسلا إن مبيعات السيارات ارتفعت هذه السنة.", "", "سيارات"),
              unit(2, 2, "توفي تسلا في نيويورك عام 1943.", passage, "نيكولا تسلا")),
          searcher -> {
            TopDocs top = schema.search(searcher, "في أي سنة توفي نيكولا تسلا؟", 2);
            assertEquals(1, top.scoreDocs[0].doc);
            assertTrue(top.scoreDocs[0].score >= top.scoreDocs[1].score);
            assertTrue(top.scoreDocs[1].score > 0);
          });
    }
  }

  @Test
  void searchReturnsAtMostTheUnitsAskedFor() throws IOException {
    try (UnitSchema schema = new UnitSchema()) {
      withIndex(
          schema,
          List.of(
              unit(1, 0, "زار الوزير أربيل.", "", "أ"),
              unit(2, 0, "زار الوزير بغداد.", "", "ب"),
              unit(3, 0, "زار الوزير البصرة.", "", "ج")),
          searcher -> assertEquals(2, schema.search(searcher, "الوزير", 2).scoreDocs.length));
    }
  }
}
