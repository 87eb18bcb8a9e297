package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.ArticleRef;

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

  @Test
  void aRowPerQuestionGivesTheStateTheFirstConfidenceAndWhereTheRightStatementIs() {
    Map<String, AnswerSet> replies =
        Map.of(
            "كم نسبة الأكراد؟",
            new AnswerSet(
                "كم نسبة الأكراد؟",
                AnswerSet.Status.RELATED,
                List.of(
                    answer(1, "نسبة الأكراد 12 في المائة", 0.4),
                    answer(2, "وهي 10 في المائة", 0.2)),
                null,
                List.of()),
            "كم سعر الطماطم اليوم؟",
            AnswerSet.none("كم سعر الطماطم اليوم؟", List.of()));
    QaEvaluation.Report report =
        new QaEvaluation(replies::get)
            .run(
                List.of(
                    new QaCase(
                        2,
                        "كم نسبة الأكراد؟",
                        QaCase.Kind.FACTOID,
                        List.of("10 في المائة"),
                        List.of(),
                        null),
                    new QaCase(
                        3,
                        "كم سعر الطماطم اليوم؟",
                        QaCase.Kind.OUT_OF_SCOPE,
                        List.of(),
                        List.of(),
                        null)));
    QaEvaluation.Row related = report.rows().get(0);
    assertEquals(AnswerSet.Status.RELATED, related.status());
    assertEquals(0.4, related.confidence());
    assertFalse(related.firstRight());
    assertTrue(related.top3Right());
    QaEvaluation.Row none = report.rows().get(1);
    assertEquals(AnswerSet.Status.NONE, none.status());
    assertEquals(0, none.confidence());
    assertFalse(none.top3Right());
  }

  @Test
  void aNoteThatNamesAnotherSpeakerIsAWrongSpeakerSureOrNot() {
    String question = "ماذا قال رئيس الصليب الأحمر بيتر ماورير عن الروهينغا؟";
    QaCase c =
        new QaCase(2, question, QaCase.Kind.SAID_NEVER, List.of("عفرين"), List.of(), "بيتر مورير");
    AnswerSet other = saidNever(question, "هاشم الأحمر", "الاستعدادات للمعركة انتهت");
    AnswerSet theirs = saidNever(question, "بيتر مورير", "عفرين كانت موضع قلق");
    assertEquals(1, new QaEvaluation(q -> other).run(List.of(c)).all().wrongSpeakers());
    assertEquals(0, new QaEvaluation(q -> theirs).run(List.of(c)).all().wrongSpeakers());
  }

  @Test
  void aSpeakerMayBeGivenUnderEachSpellingArticlesUse() {
    String question = "ماذا قال براءت ألبيرق عن الليرة؟";
    AnswerSet reply = saidNever(question, "براءت ألبيرق", "الاقتصاد سيتعافى");
    QaCase one =
        new QaCase(2, question, QaCase.Kind.SAID_NEVER, List.of("x"), List.of(), "برات آلبيراق");
    QaCase both =
        new QaCase(
            2,
            question,
            QaCase.Kind.SAID_NEVER,
            List.of("x"),
            List.of(),
            "برات آلبيراق|براءت ألبيرق");
    assertEquals(1, new QaEvaluation(q -> reply).run(List.of(one)).all().wrongSpeakers());
    assertEquals(0, new QaEvaluation(q -> reply).run(List.of(both)).all().wrongSpeakers());
  }

  @Test
  void aNameWrittenAsOneWordIsTheSameSpeakerAsItsTwoWords() {
    assertTrue(QaEvaluation.sameSpeaker("محمود عباس أبو مازن", "أبومازن"));
    assertTrue(QaEvaluation.sameSpeaker("أبومازن", "أبو مازن"));
    assertFalse(QaEvaluation.sameSpeaker("أبو مازن", "أبو ظبي"), "أبو alone is too short a word");
  }

  @Test
  void twoGivenNamesWithOneFamilyNameAreTwoPeople() {
    assertFalse(QaEvaluation.sameSpeaker("شبنان بن مبارك القرني", "عائض القرني"));
    assertTrue(QaEvaluation.sameSpeaker("شبنان بن مبارك القرني", "شبنان القرني"));
    assertTrue(QaEvaluation.sameSpeaker("دونالد ترامب", "ترامب"));
    assertTrue(QaEvaluation.sameSpeaker("بشار الأسد", "الرئيس الأسد"));
    assertTrue(QaEvaluation.sameSpeaker("محمد بن سلمان", "ولي العهد محمد بن سلمان"));
    assertTrue(QaEvaluation.sameSpeaker("عبد اللطيف الزياني", "عبداللطيف الزياني"));
  }

  /** A said-never reply whose note names {@code speaker} and whose one answer says {@code text}. */
  private static AnswerSet saidNever(String question, String speaker, String text) {
    return new AnswerSet(
        question,
        AnswerSet.Status.RELATED,
        List.of(answer(1, text, 0.09)),
        "لم أجد تصريحات لـ«" + speaker + "» عن هذا. آخر ما قاله:",
        List.of());
  }

  private static Answer answer(int rank, String text, double confidence) {
    return new Answer(
        rank,
        Answer.Kind.PASSAGE,
        text,
        null,
        null,
        new ArticleRef("a" + rank, "عنوان", "outlet", "2018-10-20", null),
        List.of(),
        1,
        confidence);
  }
}
