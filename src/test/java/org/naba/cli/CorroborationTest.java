package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/** The same statement from several outlets is one answer that lists every other source. */
class CorroborationTest {

  @TempDir Path dir;

  @Test
  void aStatementReportedByTwoOutletsIsOneAnswerWithBothSources() throws Exception {
    // seed 000 as Rudaw published it, and a second outlet's report of the same statement that
    // clips it and respells a word (the kind of copy agencies spread)
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.copy(Path.of("seeds/000_fbcca49827e3a288.txt"), articles.resolve("000.txt"));
    Files.writeString(
        articles.resolve("copy.txt"),
        "النعمان: تنسيق استخباري مستمر مع إقليم كردستان\n"
            + "قال المتحدث باسم جهاز مكافحة الارهاب صباح النعمان إن \"هناك تنسيق استخباري وتبادل"
            + " للمعلومات مع اجهزة مكافحة الارهاب والأسايش في اقليم كوردستان، أفضت الى قتل واعتقال"
            + " هؤلاء\".\n"
            + "السومرية\n",
        StandardCharsets.UTF_8);
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), articles)) {
      List<Answer> answers =
          naba.answerer().ask("ماذا قال النعمان عن تبادل المعلومات مع الاسايش؟").answers();
      Answer first = answers.get(0);
      assertTrue(first.text().contains("تبادل"), first.text());
      assertEquals("صباح النعمان", first.speaker());
      List<String> others = first.alsoReportedBy().stream().map(s -> s.outlet()).toList();
      String firstOutlet = first.article().outlet();
      assertTrue(
          ("روداو".equals(firstOutlet) && others.contains("السومرية"))
              || ("السومرية".equals(firstOutlet) && others.contains("روداو")),
          firstOutlet + " also " + others);
      long copies =
          answers.stream().filter(a -> a.text().contains("تنسيق استخباري وتبادل")).count();
      assertEquals(1, copies, "the two copies collapse into one answer");
    }
  }
}
