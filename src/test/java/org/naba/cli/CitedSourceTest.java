package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * "كم عدد المساجد في العالم حسب تقدير ديلويت؟": the source is ديلويت; تقدير is what it published,
 * and the article says "قدّرت ديلويت", so it must not be looked for as a word of the source's name.
 */
class CitedSourceTest {

  @TempDir Path dir;

  @Test
  void whatASourcePublishedIsNoWordOfItsName() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "deloitte",
                "alwatan",
                "3,85 مليون مسجد في العالم بحلول 2019",
                "2026-08-06T10:00:00+00:00",
                "قدّرت شركة «ديلويت» للخدمات المهنية والاستشارية عدد المساجد في العالم بنحو 3,6"
                    + " مليون مسجد، أي بمعدل مسجد لكل 500 مسلم."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("كم عدد المساجد في العالم حسب تقدير ديلويت؟").answers();
      assertFalse(answers.isEmpty());
      assertEquals("deloitte", answers.get(0).article().id());
    }
  }
}
