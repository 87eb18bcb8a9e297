package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * "شو آخر شي قاله الدكتور عبدالله المسند؟" when his newest words are credited to him (وطبقا لخبير
 * المناخ …) rather than introduced by a speech verb: that sentence is his newest statement.
 */
class LatestStatementsCreditedTest {

  private static final String OUTLET = "alwatan";

  @TempDir Path dir;

  @Test
  void aSentenceCreditedToTheSpeakerIsAmongTheirStatements() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "quote",
                OUTLET,
                "المسند يشرح الحرارة الظاهرية",
                "2026-08-06T10:00:00+00:00",
                "وقال الدكتور عبدالله المسند: \"درجة الحرارة الظاهرية تجمع أثر الحرارة والرطوبة\"."),
            line(
                "credited",
                OUTLET,
                "انكسار موجة الحر خلال أسبوعين",
                "2026-08-09T10:00:00+00:00",
                "وطبقا لخبير المناخ الدكتور عبدالله المسند فيبدأ التراجع في شدة الحر خلال الثلث"
                    + " الأخير من أغسطس."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("شو آخر شي قاله الدكتور عبدالله المسند؟").answers();
      assertEquals(
          List.of("credited", "quote"), answers.stream().map(a -> a.article().id()).toList());
    }
  }
}
