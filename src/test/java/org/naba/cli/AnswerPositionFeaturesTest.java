package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.ConfidenceFeatures;
import org.naba.answer.Ranking;

/**
 * The confidence model reads where an answer stands in its article and how long it is: readers ask
 * most about what an article opens with (docs/CONFIDENCE.md, "Thirteenth session").
 */
class AnswerPositionFeaturesTest {

  @TempDir Path dir;

  @Test
  void theOpeningSentenceStandsAtZeroAndALaterOneFurtherOn() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(
        articles.resolve("museum.txt"),
        "متحف جديد في البصرة\n"
            + "افتتحت محافظة البصرة متحفا للتراث البحري يضم مئتي قطعة من السفن القديمة.\n"
            + "وحضر الافتتاح عدد من المسؤولين والباحثين.\n"
            + "وقال مدير المتحف إن القطع جمعت خلال ثلاث سنوات.\n"
            + "ويفتح المتحف أبوابه للزوار كل يوم جمعة من الصباح حتى المساء مجانا للطلاب.\n"
            + "شبكة الرافدين\n",
        StandardCharsets.UTF_8);
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), articles)) {
      assertEquals(0.0, feature(naba, "ماذا افتتحت محافظة البصرة؟", "after_lead"));
      String later = "ماذا قال مدير متحف البصرة عن القطع؟";
      assertEquals(Math.log(1 + 2), feature(naba, later, "after_lead"));
      double words = feature(naba, later, "words");
      assertTrue(
          words > Math.log(1 + 5) && words < Math.log(1 + 12),
          "log(1 + words) of a sentence of 9 words: " + words);
    }
  }

  private static double feature(Naba naba, String question, String name) {
    Ranking ranking = naba.answerer().rank(question, Set.of());
    assertTrue(ranking.modelled() && !ranking.answers().isEmpty(), question);
    return ranking.features(0)[ConfidenceFeatures.NAMES.indexOf(name)];
  }
}
