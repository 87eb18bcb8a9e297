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
 * "ما آخر تصريحات وزير الخارجية الفلسطيني رياض المالكي": a quote that is only a phrase of its
 * sentence ("انتهاكها القانون الدولي …") no longer comes first; the speaker's whole quote does, and
 * the sentence that holds the phrase stands for it (SK-middleEast-3704-20181003, shortened).
 */
class LatestStatementsFragmentTest {

  @TempDir Path dir;

  @Test
  void aQuotedPhraseComesAfterTheWholeQuotesAndItsSentenceStandsForIt() throws Exception {
    String fragmentSentence =
        "وأعلن وزير الخارجية الفلسطيني رياض المالكي، السبت، أن السلطة الفلسطينية تقدمت بشكوى إلى"
            + " محكمة العدل الدولية ضد الولايات المتحدة بسبب \"انتهاكها القانون الدولي ونقل"
            + " سفارتها إلى مدينة القدس المحتلة\".";
    String whole =
        "الدبلوماسية الفلسطينية استندت في قضيتها إلى عضوية دولة فلسطين في اتفاقية فيينا للعلاقات"
            + " الدبلوماسية";
    Path news =
        corpus(
            dir.resolve("news.jsonl"),
            line(
                "complaint",
                "skynews",
                "فلسطين تقاضي واشنطن",
                "2018-10-03T10:00:00+00:00",
                fragmentSentence + "\nوقال المالكي في بيان إن \"" + whole + "\"."));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("ما آخر تصريحات وزير الخارجية الفلسطيني رياض المالكي").answers();
      assertEquals(List.of(whole, fragmentSentence), answers.stream().map(Answer::text).toList());
      assertEquals(Answer.Kind.QUOTE, answers.get(0).kind());
    }
  }
}
