package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;
import org.naba.answer.AnswerSet;

/**
 * "ماذا قال ترمب مؤخرا؟" where one outlet writes ترمب and the others ترامب: the person's newest
 * statements come first whichever spelling their article uses, and so for the other spelling. And
 * "ماذا قال ترمب عن المصنع؟", which only the outlets that write ترامب reported, is no topic he
 * never spoke of.
 */
class LatestStatementsSpellingTest {

  @TempDir Path dir;

  @Test
  void aSpeakersStatementsAreReadUnderEverySpellingOfTheirSurname() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            alarabiaTariffs(),
            line(
                "cnn-1",
                "cnn",
                "ترامب يرحب بالخطوة",
                "2026-10-20T10:00:00+00:00",
                "وقال الرئيس الأميركي دونالد ترامب: \"إنها خطوة أولى جيدة نحو الحل\"."),
            line(
                "sky-1",
                "skynews",
                "ترامب يزور المصنع",
                "2026-10-19T10:00:00+00:00",
                "زار الرئيس الأميركي دونالد ترامب مصنعا للسيارات. وأكد ترامب أن الوظائف ستعود إلى"
                    + " البلاد قريبا."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      for (String question : List.of("ماذا قال ترمب مؤخرا؟", "ماذا قال ترامب مؤخرا؟")) {
        List<Answer> answers = naba.answerer().ask(question).answers();
        assertEquals(
            List.of("cnn-1", "sky-1", "alarabia-1"),
            answers.stream().map(a -> a.article().id()).distinct().toList(),
            question);
      }
    }
  }

  @Test
  void aTopicSpokenOfUnderAnotherSpellingIsNoTopicNeverSpokenOf() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            alarabiaTariffs(),
            line(
                "cnn-1",
                "cnn",
                "ترامب يزور مصنع السيارات",
                "2026-10-19T10:00:00+00:00",
                "زار الرئيس الأميركي دونالد ترامب مصنعا للسيارات في ميشيغان. وقال دونالد ترامب: \"مصنع"
                    + " السيارات هذا سيعيد الوظائف إلى ميشيغان\"."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      AnswerSet set = naba.answerer().ask("ماذا قال ترمب عن مصنع السيارات في ميشيغان؟");
      assertNull(set.note(), "no never-said note");
      assertEquals("cnn-1", set.answers().get(0).article().id());
    }
  }

  /** An older statement, in the outlet that writes ترمب. */
  private static String alarabiaTariffs() throws Exception {
    return line(
        "alarabia-1",
        "alarabia",
        "ترمب يهدد بالرسوم",
        "2026-07-22T10:00:00+00:00",
        "وقال الرئيس الأميركي دونالد ترمب: \"سنفرض رسوما على كل السلع المستوردة\".");
  }
}
