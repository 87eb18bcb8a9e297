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
 * "هيغواين شو آخر شي حكى؟" when his newest article opens with the outlet's account of what he said
 * (كشف هيغواين أن …) and quotes him further down: his own words come first, then the account.
 */
class LatestStatementsQuotesFirstTest {

  @TempDir Path dir;

  @Test
  void withinAnArticleTheSpeakersQuotesComeBeforeTheOutletsAccount() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "older",
                "alwatan",
                "هيغواين يتحدث عن ميلان",
                "2026-10-18T10:00:00+00:00",
                "وقال غونزالو هيغواين: \"أحببت طريقة ميلان في إقناعي بالانضمام\"."),
            line(
                "newest",
                "alwatan",
                "هيغواين: غادرت يوفنتوس بسبب رونالدو",
                "2026-10-19T10:00:00+00:00",
                "كشف النجم الأرجنتيني غونزالو هيغواين أن نادي يوفنتوس أجبره على مغادرة الفريق."
                    + "\nوقال هيغواين: \"لم يكن قراري، لقد وقعوا مع كريستيانو\"."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("هيغواين شو آخر شي حكى؟").answers();
      assertEquals(
          List.of("newest:QUOTE", "newest:PASSAGE", "older:QUOTE"),
          answers.stream().map(a -> a.article().id() + ":" + a.kind()).toList());
    }
  }
}
