package org.naba.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnitQueryTest {

  private final UnitFields fields = new UnitFields();
  private final UnitQuery query = new UnitQuery(SearchTuning.DEFAULT, fields);

  @Test
  void questionFrameWordsWeighLessThanTopicWords() {
    String q = query.of("ما اسم الوزير؟").toString();
    assertTrue(q.contains("text:وزير"), q);
    assertTrue(q.contains("(text:اسم)^0.3"), q);
    assertEquals(0.3f, query.stemFactor("اسم"));
    assertEquals(1f, query.stemFactor("وزير"));
  }

  @Test
  void questionWordsDoNotBecomeQueryTerms() {
    String q = query.of("ماذا قال الوزير؟").toString();
    assertFalse(q.contains("ماذا"), q);
    assertTrue(q.contains("text:وزير"), q);
  }

  @Test
  void aQuestionOfOnlyStopWordsIsAnEmptyQuery() {
    assertEquals("", query.of("ماذا؟").toString());
  }

  @Test
  void alNumanIsNotStemmedToYes() {
    String q = query.of("النعمان").toString();
    assertTrue(q.contains("text:نعمان") && !q.contains("text:نعم "), q);
  }

  @Test
  void theQuestionsStemsAreSearchedInEveryWeighedField() {
    String q = query.of("الوزير").toString();
    for (String clause :
        List.of(
            "(text_exact:الوزير)^0.2",
            "(text_skeleton:وزر)^0.2",
            "(text_root:وزر)^0.5",
            "(context:وزير)^0.5",
            "(title:وزير)^0.1",
            "speaker:وزير")) {
      assertTrue(q.contains(clause), clause + " in " + q);
    }
  }

  @Test
  void aFieldWeighedZeroIsNotSearched() {
    UnitQuery textOnly = new UnitQuery(SearchTuning.TEXT_ONLY, fields);
    assertEquals("text:وزير speaker:وزير", textOnly.of("الوزير").toString());
  }

  @Test
  void unitsOfferingTheAnswerTypeAskedForGetAConstantBonus() {
    String q = query.of("كم عدد سكان أربيل؟").toString();
    assertTrue(q.contains("(ConstantScore(answer_types:NUMBER))^2.0"), q);
  }

  @Test
  void adjacentStemsBecomeSloppyPhrasesWhenProximityIsWeighed() {
    UnitQuery near = new UnitQuery(SearchTuning.DEFAULT.withProximity(0.3f, 2), fields);
    assertTrue(near.of("رئيس الوزراء").toString().contains("(text:\"رييس وزراء\"~2)^0.3"));
  }

  @Test
  void questionStemsAreDistinctAndInOrder() {
    assertEquals(List.of("وزير", "زار", "بغداد"), query.questionStems("الوزير زار بغداد الوزير"));
  }

  @AfterEach
  void close() {
    fields.close();
  }
}
