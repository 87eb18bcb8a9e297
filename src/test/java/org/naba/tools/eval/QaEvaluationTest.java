package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QaEvaluationTest {

  @Test
  void anAnswerIsRightWhenItContainsTheSpanAfterNormalisation() {
    assertTrue(QaEvaluation.contains("وتبلغ نسبة الأكراد في إيران 10 في المائة", "10 في المائة"));
    assertTrue(QaEvaluation.contains("قال إن إيران", "ان ايران"));
  }

  @Test
  void anAnswerIsRightWhenItContainsAnyAlternative() {
    String expected = "10 بالمائة|10 في المائة";
    assertTrue(QaEvaluation.contains("نسبة الكرد 10 بالمائة من السكان", expected));
    assertTrue(QaEvaluation.contains("نسبة الأكراد 10 في المائة", expected));
    assertFalse(QaEvaluation.contains("نسبة الأكراد 12 في المائة", expected));
  }
}
