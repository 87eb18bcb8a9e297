package org.naba.dialogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;
import org.naba.answer.ArticleRef;
import org.naba.answer.NoAnswer;
import org.naba.answer.Source;

class PlainTextTest {

  private static final ArticleRef RUDAW =
      new ArticleRef(
          "000_fbcca49827e3a288",
          "جهاز مكافحة الارهاب تنسيقنا عال جداً مع المنظومة الامنية باقليم كوردستان",
          "روداو",
          "2021-12-08",
          null);

  private static Answer answer(int rank, String text) {
    return new Answer(
        rank,
        Answer.Kind.QUOTE,
        text,
        "صباح النعمان",
        "المتحدث باسم جهاز مكافحة الارهاب",
        RUDAW,
        List.of(new Source("العراقية", "001_47a385f4b9943841")),
        1.0,
        0.9);
  }

  private static AnswerSet set(int n) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      answers.add(answer(i, "تنسيقنا خلال هذه السنة كان عالياً جداً " + i));
    }
    return AnswerSet.of("ماذا قال النعمان؟", answers);
  }

  @Test
  void showsTheStatementItsSpeakerOutletTitleDateAndOtherSources() {
    String out = render(AnswerPage.first(set(1)), NoAnswer.suggesting(List.of()));
    assertTrue(out.contains("«تنسيقنا خلال هذه السنة كان عالياً جداً 1»"), out);
    assertTrue(out.contains("صباح النعمان، المتحدث باسم جهاز مكافحة الارهاب | روداو"), out);
    assertTrue(out.contains("(8 ديسمبر 2021)"), out);
    assertTrue(out.contains("أوردته أيضًا: العراقية"), out);
    assertFalse(out.contains("المزيد"), out);
  }

  @Test
  void showsOnePageAtATime() {
    AnswerPage first = AnswerPage.first(set(5));
    String out = render(first, NoAnswer.suggesting(List.of()));
    assertTrue(out.contains(" 3»"), out);
    assertFalse(out.contains(" 4»"), out);
    assertEquals(List.of(4, 5), first.next().answers().stream().map(Answer::rank).toList());
    assertFalse(first.next().hasMore());
  }

  @Test
  void linesStartingWithDigitsOrLatinAreMarkedRightToLeft() {
    String out = render(AnswerPage.first(set(1)), NoAnswer.suggesting(List.of()));
    assertTrue(out.startsWith("\u200F1. «"), out);
    assertEquals("\u200Fhttps://x", Direction.rtl("https://x"));
    assertEquals("«نص»", Direction.rtl("«نص»"));
  }

  @Test
  void saysPlainlyThatNothingAnswersWithSuggestions() {
    String out =
        render(
            AnswerPage.first(AnswerSet.of("كم عمر هيفاء وهبي؟", List.of())),
            NoAnswer.suggesting(List.of("صباح النعمان")));
    assertTrue(out.contains(NoAnswer.MESSAGE), out);
    assertTrue(out.contains("صباح النعمان"), out);
  }

  @Test
  void numbersTheButtonsSoTheyCanBePressedByNumber() {
    Keyboard keyboard =
        new Keyboard(
            List.of(
                List.of(
                    new Keyboard.Button("المصدر 1", new Callback.Source(7, 1)),
                    new Keyboard.Button("المصدر 2", new Callback.Source(7, 2))),
                List.of(new Keyboard.Button("المزيد", new Callback.More(7, 1)))));
    assertEquals("\u200F[1] المصدر 1  [2] المصدر 2  [3] المزيد\n", PlainText.render(keyboard));
    assertEquals("", PlainText.render(Keyboard.NONE));
  }

  private static String render(AnswerPage page, NoAnswer noAnswer) {
    return PlainText.render(AnswerMessages.page(page, noAnswer));
  }

  @Test
  void formatsIsoDatesWithArabicMonthNamesAndRefusesOthers() {
    assertEquals("1 مارس 2018", ArabicDateFormat.format("2018-03-01T02:28:09+04:00").orElseThrow());
    assertTrue(ArabicDateFormat.format("8 كانون الاول").isEmpty());
    assertTrue(ArabicDateFormat.format(null).isEmpty());
  }
}
