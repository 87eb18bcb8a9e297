package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.naba.text.AnalysedText;

class AnswerFitTest {

  private final QuestionReader reader = new QuestionReader();

  private double factor(String question, String text, Answer.Kind kind) {
    return new AnswerFit(question, reader.read(question)).factor(AnalysedText.of(text), kind);
  }

  @Test
  void aDefinitionOfATopicWordFitsAWhatIsQuestion() {
    assertEquals(
        AnswerFit.DEFINITION_BOOST,
        factor(
            "ما هو جهاز مكافحة الارهاب؟",
            "وجهاز مكافحة الإرهاب هو جهاز أمني عراقي",
            Answer.Kind.PASSAGE));
  }

  @Test
  void aDefinitionDoesNotFitAWhoQuestion() {
    assertEquals(1, factor("من هو رئيس الجهاز؟", "الجهاز هو أعلى سلطة أمنية", Answer.Kind.PASSAGE));
  }

  @Test
  void aCauseFitsAWhyQuestion() {
    assertEquals(
        AnswerFit.CAUSE_BOOST,
        factor("لماذا أغلق المعبر؟", "أغلق المعبر بسبب الاشتباكات", Answer.Kind.PASSAGE));
  }

  @Test
  void theCountOfWhatIsCountedFitsAHowManyQuestion() {
    assertEquals(
        AnswerFit.COUNT_BOOST,
        factor("كم جنديا قتل في الهجوم؟", "أسفر الهجوم عن مقتل 3 جنود", Answer.Kind.PASSAGE));
    assertEquals(1, factor("كم جنديا قتل في الهجوم؟", "وقع الهجوم عام 2018", Answer.Kind.PASSAGE));
  }

  @Test
  void aPassageThatReportsNoSpeechFitsAStatementQuestionLess() {
    String question = "ماذا قال النعمان عن العمليات؟";
    assertEquals(
        AnswerFit.UNREPORTED_PASSAGE,
        factor(question, "انطلقت العمليات فجر اليوم", Answer.Kind.PASSAGE));
    assertEquals(1, factor(question, "وقال النعمان إن العمليات مستمرة", Answer.Kind.PASSAGE));
    assertEquals(1, factor(question, "العمليات مستمرة", Answer.Kind.QUOTE));
  }
}
