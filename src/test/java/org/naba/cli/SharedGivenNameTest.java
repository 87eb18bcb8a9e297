package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/** A quote is the asked person's only when more than a shared given name makes it theirs. */
class SharedGivenNameTest {

  @TempDir Path dir;

  @Test
  void aStatementBySomeoneWithTheSameGivenNameIsNotTheAskedPersons() throws Exception {
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "vat",
                "alarabia",
                "الجدعان: عوائد ضريبة القيمة المضافة فاقت التوقعات",
                "2018-05-02T10:00:00+00:00",
                "قال وزير المالية السعودي محمد الجدعان إن \"العوائد من ضريبة القيمة المضافة كانت"
                    + " أعلى من المتوقع\"."),
            line(
                "speech",
                "skynews",
                "نصر الله: المقاومة على جهوزيتها",
                "2018-05-03T10:00:00+00:00",
                "قال الأمين العام لحزب الله حسن نصر الله إن \"المقاومة ستبقى على جهوزيتها"
                    + " الكاملة\"."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> singer =
          naba.answerer().ask("ماذا قال محمد عساف عن ضريبة القيمة المضافة؟").answers();
      assertTrue(
          singer.stream().noneMatch(a -> "محمد الجدعان".equals(a.speaker())),
          "another Mohammed's words: " + singer);
      List<Answer> minister =
          naba.answerer().ask("ماذا قال محمد الجدعان عن ضريبة القيمة المضافة؟").answers();
      assertTrue(
          minister.stream().anyMatch(a -> "محمد الجدعان".equals(a.speaker())),
          "his own words: " + minister);
      List<Answer> joined = naba.answerer().ask("شو قال حسن نصرالله عن المقاومة؟").answers();
      assertTrue(
          joined.stream().anyMatch(a -> "حسن نصر الله".equals(a.speaker())),
          "his name written joined: " + joined);
    }
  }
}
