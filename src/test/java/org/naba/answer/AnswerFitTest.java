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

  private double focus(String question, String text) {
    return new AnswerFit(question, reader.read(question)).focusFactor(AnalysedText.of(text));
  }

  @Test
  void theNounAWhoQuestionAsksAboutFitsTheSentenceThatNamesIt() {
    String question = "من هو مصمم الجسر الجديد في المدينة؟";
    assertEquals(
        AnswerFit.FOCUS_BOOST, focus(question, "وبحسب مصممه، المهندس سامي الراشد، فإن الجسر فريد"));
    assertEquals(1, focus(question, "افتتح الجسر الجديد في المدينة أمس وسط حضور كبير"));
    assertEquals(
        AnswerFit.FOCUS_BOOST,
        focus("شو اسم المخرج اللي صور الفيلم؟", "وقال المخرج نادر الفارس إن التصوير انتهى"),
        "شو اسم X asks who X is");
    assertEquals(
        AnswerFit.FOCUS_BOOST, focus("في أي بنك كان يعمل؟", "عمل في بنك الاستثمار لعشر سنوات"));
  }

  @Test
  void noNounIsAskedAboutByOtherQuestions() {
    assertEquals(1, focus("من قال إن المصمم أخطأ؟", "قال المصمم إن الجسر آمن"), "who said");
    assertEquals(1, focus("متى افتتح الجسر؟", "افتتح الجسر أمس"));
    assertEquals(1, focus("ما هو الجسر؟", "الجسر هو أطول جسر في البلاد"));
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
