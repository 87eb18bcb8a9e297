package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * A sentence answers what a named person said only when it names that person: two of the name's
 * words, and an honorific (الشيخ، الدكتور) is none of them.
 */
class HonorificsNameNoOneTest {

  @TempDir Path dir;

  @Test
  void theSameHonorificAndGivenNameAreNotTheSamePerson() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "mosque",
                "alriyadh",
                "علماء يدينون تفجير مسجد أبها",
                "2015-08-08T10:00:00+03:00",
                "أكد الشيخ الدكتور سعد بن تركي الخثلان عضو هيئة كبار العلماء أن ما حصل في مسجد"
                    + " قوات الطوارئ بمدينة أبها من تفجير وقتل للأبرياء جريمة بشعة وعمل منكر.."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> other =
          naba.answerer().ask("ماذا قال الشيخ سعد الحجري عن تفجير مسجد قوات الطوارئ؟").answers();
      assertTrue(
          other.stream().noneMatch(a -> a.text().contains("جريمة بشعة")),
          "another sheikh Saad's words: " + other);
      List<Answer> his =
          naba.answerer().ask("ماذا قال الشيخ سعد الخثلان عن تفجير مسجد قوات الطوارئ؟").answers();
      assertTrue(
          his.stream().anyMatch(a -> a.text().contains("جريمة بشعة")), "his own words: " + his);
    }
  }
}
