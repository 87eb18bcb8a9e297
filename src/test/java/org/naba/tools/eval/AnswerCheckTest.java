package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.text.ArabicNormalizer;

class AnswerCheckTest {

  private static boolean answers(String unit, String... answers) {
    return AnswerCheck.answers(
        ArabicNormalizer.normalize(unit), AnswerCheck.normalizedAnswers(List.of(answers)));
  }

  @Test
  void aUnitContainingTheAnswerAnswers() {
    assertTrue(answers("تأسست الجامعة عام 1890 في شيكاغو.", "1890"));
  }

  @Test
  void theCheckIgnoresDiacriticsAndLetterVariants() {
    assertTrue(answers("قادَ الفريقَ إلى النصرِ جون إلواي.", "جون الواي"));
  }

  @Test
  void anyOfSeveralAnswersIsEnough() {
    assertTrue(answers("فاز بثلاثة ألقاب.", "أربعة", "ثلاثة"));
  }

  @Test
  void aUnitWithoutTheAnswerDoesNotAnswer() {
    assertFalse(answers("تأسست الجامعة في شيكاغو.", "1890"));
  }

  @Test
  void blankAnswersNeverMatch() {
    assertFalse(answers("أي نص", " "));
  }
}
