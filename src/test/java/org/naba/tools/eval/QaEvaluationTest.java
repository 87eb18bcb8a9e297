package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QaEvaluationTest {

  @Test
  void anAnswerIsRightWhenItContainsTheSpanAfterNormalisation() {
    assertTrue(
        QaEvaluation.contains("وتبلغ نسبة الأكراد في إيران 10 في المائة", List.of("10 في المائة")));
    assertTrue(QaEvaluation.contains("قال إن إيران", List.of("ان ايران")));
  }

  @Test
  void anAnswerIsRightWhenItContainsAnyAlternative() {
    List<String> expected = List.of("10 بالمائة", "10 في المائة");
    assertTrue(QaEvaluation.contains("نسبة الكرد 10 بالمائة من السكان", expected));
    assertTrue(QaEvaluation.contains("نسبة الأكراد 10 في المائة", expected));
    assertFalse(QaEvaluation.contains("نسبة الأكراد 12 في المائة", expected));
  }
}
