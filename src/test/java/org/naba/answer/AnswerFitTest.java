package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.naba.text.AnalysedText;
import org.naba.text.PlaceNames;

class AnswerFitTest {

  private static final PlaceNames PLACES = PlaceNames.bundled();

  private final QuestionReader reader = new QuestionReader();

  private double factor(String question, String text, Answer.Kind kind) {
    return new AnswerFit(question, question, reader.read(question), PLACES)
        .factor(AnalysedText.of(text), kind);
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
  void aCandidateOfAnotherYearFitsAQuestionThatNamesOneLess() {
    String rest = "كم شخص تابع أول مناظرة لمرشحي الجمهوريين؟";
    String whole = "كم شخص تابع أول مناظرة لمرشحي الجمهوريين في أغسطس 2015؟";
    AnswerFit fit = new AnswerFit(rest, whole, reader.read(rest), PLACES);
    String other = "وفي 2011 لم يشاهد المناظرة بين المرشحين الجمهوريين إلا القليل";
    assertEquals(AnswerFit.OTHER_YEAR, fit.rankingFactor(AnalysedText.of(other)));
    String same = "تابع المناظرة ملايين المشاهدين في أغسطس 2015، وفي 2011 القليل";
    assertEquals(1, fit.rankingFactor(AnalysedText.of(same)));
    String none = "اعلنت مؤسسة نيلسن أن ملايين المشاهدين تابعوا المناظرة";
    assertEquals(1, fit.rankingFactor(AnalysedText.of(none)));
    String number = "بلغت عائدات المناظرة 20111 دولار";
    assertEquals(1, fit.rankingFactor(AnalysedText.of(number)));
  }

  @Test
  void aPlaceTheQuestionDoesNotNameFitsAWhereQuestion() {
    String where = "أين هاجمت سمكة القرش بطل ركوب الأمواج ميك فانينغ؟";
    assertEquals(
        AnswerFit.PLACE_BOOST,
        ranking(where, "نجا بطل العالم ميك فانينغ من سمكة هاجمته قبالة شواطئ جنوب أفريقيا"));
    assertEquals(1, ranking(where, "هاجمته سمكة قرش من ورائه وهو ينتظر الموجة"), "no place");
    assertEquals(
        1,
        ranking(
            "أين تجري محاكمة الرئيس التشادي السابق في السنغال؟",
            "بدأت محاكمة الرئيس التشادي السابق في السنغال"),
        "the question's own place");
    assertEquals(
        1,
        ranking(
            "أين تجري محاكمة الرئيس التشادي السابق؟",
            "الولايات المتحدة تثني على محاكمة الرئيس التشادي السابق"),
        "a place that opens the sentence is its subject");
    assertEquals(
        1,
        ranking("متى هاجمت سمكة القرش ميك فانينغ؟", "هاجمته سمكة قرش قبالة شواطئ جنوب أفريقيا"),
        "not a where question");
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

  private double ranking(String question, String text) {
    return new AnswerFit(question, question, reader.read(question), PLACES)
        .rankingFactor(AnalysedText.of(text));
  }

  @Test
  void theNounAWhoQuestionAsksAboutFitsTheSentenceThatNamesIt() {
    String question = "من هو مصمم الجسر الجديد في المدينة؟";
    assertEquals(
        AnswerFit.FOCUS_BOOST,
        ranking(question, "وبحسب مصممه، المهندس سامي الراشد، فإن الجسر فريد"));
    assertEquals(1, ranking(question, "افتتح الجسر الجديد في المدينة أمس وسط حضور كبير"));
    assertEquals(
        AnswerFit.FOCUS_BOOST,
        ranking("شو اسم المخرج اللي صور الفيلم؟", "وقال المخرج نادر الفارس إن التصوير انتهى"),
        "شو اسم X asks who X is");
    assertEquals(
        AnswerFit.FOCUS_BOOST, ranking("في أي بنك كان يعمل؟", "عمل في بنك الاستثمار لعشر سنوات"));
  }

  @Test
  void noNounIsAskedAboutByOtherQuestions() {
    assertEquals(1, ranking("من قال إن المصمم أخطأ؟", "قال المصمم إن الجسر آمن"), "who said");
    assertEquals(1, ranking("متى افتتح الجسر؟", "افتتح الجسر أمس"));
    assertEquals(1, ranking("ما هو الجسر؟", "الجسر هو أطول جسر في البلاد"));
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
