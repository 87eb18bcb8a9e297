package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.answer.Answer;
import org.naba.answer.QuestionReader;
import org.naba.text.ArabicNormalizer;
import org.naba.text.NameSpellings;
import org.naba.tools.eval.QaCase;
import org.naba.tools.eval.QaEvaluation;
import org.naba.tools.eval.QaFile;

/**
 * Answer quality on the hand-written QA files, through the production wiring, checked against the
 * figures stored in {@code qa/expected.json}: quality cannot drop unnoticed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SharedData
class AnswerQualityIT {

  private static final Path QA = Path.of("src/test/resources/qa");

  @TempDir static Path seedsData;
  @TempDir static Path iraqData;
  private Naba seeds;
  private Naba iraq;
  private JsonNode expected;

  @BeforeAll
  void ingest() throws Exception {
    seeds = Naba.open(EmbeddedNaba.config(seedsData));
    iraq = EmbeddedNaba.withArticles(iraqData, Path.of("../shared/data/news/ant-iraq.jsonl.gz"));
    expected = new ObjectMapper().readTree(QA.resolve("expected.json").toFile());
  }

  @AfterAll
  void close() {
    seeds.close();
    iraq.close();
  }

  private static void report(String name, QaEvaluation.Report r) {
    System.out.println(name + ": " + r.all().summary());
    r.misses().forEach(m -> System.out.println("  miss: " + m));
  }

  @Test
  void answersTheSeedQuestionsAndDeclinesTheOutOfScopeOnes() {
    QaEvaluation.Report r =
        new QaEvaluation(seeds.answerer()::ask).run(QaFile.read(QA.resolve("seeds.tsv")));
    report("seeds", r);
    JsonNode e = expected.get("seeds");
    assertTrue(r.all().top1() >= e.get("top1").asDouble(), "seeds top-1 " + r.all().top1());
    assertTrue(
        r.all().declined() >= e.get("no_answer").asDouble(), "no-answer " + r.all().declined());
  }

  @Test
  void answersAboutTheSeedSpokesmanListBothOutlets() {
    for (String question :
        List.of(
            "ماذا قال النعمان عن التنسيق مع كردستان؟",
            "ماذا قال المتحدث باسم جهاز مكافحة الارهاب؟",
            "شنو قال صباح النعمان عن داعش؟")) {
      java.util.Set<String> outlets = new java.util.HashSet<>();
      List<org.naba.answer.Answer> answers = seeds.answerer().ask(question).answers();
      assertTrue(
          "صباح النعمان".equals(answers.get(0).speaker()), question + " → " + answers.get(0));
      for (org.naba.answer.Answer a : answers) {
        outlets.add(a.article().outlet());
        a.alsoReportedBy().forEach(s -> outlets.add(s.outlet()));
      }
      assertTrue(
          outlets.containsAll(java.util.Set.of("روداو", "العراقية")), question + " → " + outlets);
    }
  }

  @Test
  void answersReaderQuestionsAboutIraqArticles() {
    QaEvaluation.Report r =
        new QaEvaluation(iraq.answerer()::ask).run(QaFile.read(QA.resolve("ant-iraq.tsv")));
    report("ant-iraq", r);
    assertTrue(
        r.all().top1() >= expected.get("ant_iraq").get("top1").asDouble(),
        "ant-iraq top-1 " + r.all().top1());
  }

  @Test
  void declinesOutOfScopeQuestionsInALargerCorpusTooAsWellAsStored() {
    // the seed questions over seeds + ant-iraq: a bigger corpus offers more loose matches
    QaEvaluation.Report r =
        new QaEvaluation(iraq.answerer()::ask).run(QaFile.read(QA.resolve("seeds.tsv")));
    report("seeds over seeds + ant-iraq", r);
    JsonNode e = expected.get("seeds_with_ant_iraq");
    assertTrue(r.all().top1() >= e.get("top1").asDouble(), "top-1 " + r.all().top1());
    assertTrue(
        r.all().declined() >= e.get("no_answer").asDouble(), "no-answer " + r.all().declined());
  }

  @Test
  void aQuestionAboutWhatANamedSpeakerSaidGetsOnlyThatSpeakersStatements() {
    QuestionReader reader = new QuestionReader();
    int checked = 0;
    for (String file : List.of("seeds.tsv", "ant-iraq.tsv")) {
      for (QaCase c : QaFile.read(QA.resolve(file))) {
        QuestionReader.Reading reading = reader.read(c.question());
        if (reading.type() != QuestionReader.Type.STATEMENT || reading.speakerWords().isEmpty()) {
          continue;
        }
        for (Answer a : iraq.answerer().ask(c.question()).answers()) {
          if (a.speaker() == null) {
            continue;
          }
          checked++;
          String who =
              ArabicNormalizer.normalize(a.speaker() + " " + (a.role() == null ? "" : a.role()));
          List<String> whoWords = ArabicNormalizer.words(who);
          // the same word, or the same name in another spelling (نتنياهو / نتانياهو)
          assertTrue(
              reading.speakerWords().stream()
                  .anyMatch(
                      w ->
                          w.length() > 2
                              && (who.contains(w)
                                  || whoWords.stream().anyMatch(x -> NameSpellings.same(w, x)))),
              c.question() + " → " + a.speaker() + " (" + a.role() + ")");
        }
      }
    }
    assertTrue(checked >= 20, "too few attributed answers to check: " + checked);
  }

  @Test
  void aSpeakerAskedAboutATopicTheyNeverSpokeOfIsSaidToHaveNotThenTheirLatestFollow() {
    org.naba.answer.AnswerSet set =
        iraq.answerer().ask("ماذا قال النعمان عن نتيجة مباراة المنتخب العراقي؟");
    assertTrue(!set.answered(), "Numan said nothing about a match: " + set.answers());
    assertTrue(set.note() != null && set.note().contains("صباح النعمان"), set.note());
    assertTrue(
        set.answers().stream()
            .allMatch(
                a ->
                    "صباح النعمان".equals(a.speaker())
                        || (a.speaker() == null && a.text().contains("النعمان"))),
        set.answers().toString());
  }
}
