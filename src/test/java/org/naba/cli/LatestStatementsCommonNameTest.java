package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.naba.cli.ArticleLines.corpus;
import static org.naba.cli.ArticleLines.line;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.answer.Answer;

/**
 * "ماذا قال رياض ياسين مؤخرا؟" when newer news is full of another ياسين: the minister's newest
 * statement, reported without quote marks, comes first. It was not read when the newest sentences
 * giving the last name alone were all of the other man. So for a spokesman quoted with his lineage
 * (شبنان بن مبارك القرني) whom a newer article reports without it.
 */
class LatestStatementsCommonNameTest {

  private static final String OUTLET = "alwatan";

  @TempDir Path dir;

  @Test
  void theSpeakersReportedStatementIsReadAmongTheNewestGivingTheWholeName() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        line(
            "quote-1",
            OUTLET,
            "وزير الخارجية اليمني: الحوار مستمر",
            "2026-08-01T10:00:00+00:00",
            "وقال وزير الخارجية اليمني رياض ياسين: \"إن الحوار مع الأطراف كلها مستمر\"."));
    lines.add(
        line(
            "reported-1",
            OUTLET,
            "دفعة جديدة تغادر صنعاء",
            "2026-08-10T10:00:00+00:00",
            "غادرت دفعة جديدة العاصمة أمس. إلى ذلك أكد وزير الخارجية اليمني رياض ياسين أن"
                + " المفاوضات في مسقط أكبر برهان على الانتصارات."));
    lines.addAll(newerMatches("ياسين براهيمي"));
    Path news = corpus(dir.resolve("news.jsonl"), lines.toArray(String[]::new));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers =
          naba.answerer().ask("ماذا قال وزير الخارجية اليمني رياض ياسين مؤخرا؟").answers();
      assertEquals(
          List.of("reported-1", "quote-1"), answers.stream().map(a -> a.article().id()).toList());
    }
  }

  @Test
  void aNameWithoutItsLineageIsReadAmongTheNewestGivingItsFirstAndLastWords() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        line(
            "quote-1",
            OUTLET,
            "حوادث الغرق في العيد",
            "2026-07-21T10:00:00+00:00",
            "وقال الناطق الإعلامي العقيد شبنان بن مبارك القرني: \"إن الحوادث تعددت خلال أيام العيد\"."));
    lines.add(
        line(
            "reported-1",
            OUTLET,
            "غرق مواطن وطفلته",
            "2026-08-08T10:00:00+00:00",
            "لقي مواطن وابنته مصرعهما غرقا. وأوضح الناطق الإعلامي العقيد البحري شبنان القرني أن"
                + " غرفة العمليات تلقت بلاغا عن الغرق."));
    lines.addAll(newerMatches("عبدالله القرني"));
    Path news = corpus(dir.resolve("news.jsonl"), lines.toArray(String[]::new));
    try (Naba naba = EmbeddedNaba.withArticles(dir.resolve("data"), news)) {
      List<Answer> answers = naba.answerer().ask("وش آخر شي قاله العقيد شبنان القرني؟").answers();
      assertEquals(
          List.of("reported-1", "quote-1"),
          answers.stream().map(a -> a.article().id()).distinct().toList());
    }
  }

  /** Seventy newer articles in which {@code player}, who shares the speaker's last name, scores. */
  private static List<String> newerMatches(String player) throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      lines.add(
          line(
              "match-" + i,
              OUTLET,
              "مباراة في الدوري رقم " + i,
              "2026-09-%02dT10:00:00+00:00".formatted(1 + i % 28),
              "سجل اللاعب " + player + " هدفا في المباراة رقم " + i + " أمام جمهور كبير."));
    }
    return lines;
  }
}
