package org.naba.tools.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.quotes.QuoteExtractor;

/** The evaluation rules: 90% overlap matching, precision, recall, speaker accuracy. */
class QuoteGoldEvaluationTest {

  private static final String BODY =
      "وقال الوزير أحمد الجبوري إن \"الحكومة ستواصل العمل على تنفيذ البرنامج\". وأضاف \"نحن ماضون"
          + " في الإصلاح\".";

  @Test
  void overlapIsCommonLengthOverTheLongerSpan() {
    assertEquals(1.0, QuoteGoldEvaluation.overlap(0, 10, 0, 10));
    assertEquals(0.9, QuoteGoldEvaluation.overlap(0, 10, 0, 9), 1e-9);
    assertEquals(0.5, QuoteGoldEvaluation.overlap(0, 10, 5, 15), 1e-9);
    assertEquals(0.0, QuoteGoldEvaluation.overlap(0, 10, 10, 20));
  }

  @Test
  void speakersCompareAfterArabicNormalisationAndNullOnlyMatchesNull() {
    assertTrue(QuoteGoldEvaluation.sameSpeaker("أحمد الجبوري", "احمد الجبوري"));
    assertTrue(QuoteGoldEvaluation.sameSpeaker(null, null));
    assertFalse(QuoteGoldEvaluation.sameSpeaker(null, "أحمد الجبوري"));
    assertFalse(QuoteGoldEvaluation.sameSpeaker("أحمد الجبوري", null));
  }

  @Test
  void scoresMatchesMissesAndSpeakers() {
    int s1 = BODY.indexOf("الحكومة");
    int e1 = BODY.indexOf("\".");
    int s2 = BODY.indexOf("نحن");
    int e2 = BODY.lastIndexOf('"');
    GoldArticle gold =
        new GoldArticle(
            "test",
            "a1",
            "outlet",
            BODY,
            List.of(
                new GoldQuote(s1, e1, BODY.substring(s1, e1), "احمد الجبوري", "الوزير"),
                new GoldQuote(s2, e2, BODY.substring(s2, e2), "someone else", null),
                new GoldQuote(0, 4, BODY.substring(0, 4), null, null)));
    QuoteScores scores = new QuoteGoldEvaluation(new QuoteExtractor()).evaluate(List.of(gold));
    assertEquals(3, scores.gold());
    assertEquals(2, scores.predicted());
    assertEquals(2, scores.matched());
    assertEquals(1, scores.speakersRight());
    assertEquals(1.0, scores.precision());
    assertEquals(2.0 / 3, scores.recall(), 1e-9);
    assertEquals(0.5, scores.speakerAccuracy());
    assertEquals(2, scores.errors().size());
  }

  @Test
  void rejectsGoldQuotesWhoseTextIsNotTheBodySubstring() {
    String line =
        "{\"id\":\"x\",\"text\":\"abcdef\",\"quotes\":[{\"start\":0,\"end\":3,\"text\":\"abd\"}]}";
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> GoldArticles.parse(line, "gold.jsonl:7"));
    assertTrue(e.getMessage().contains("gold.jsonl:7"));
  }
}
