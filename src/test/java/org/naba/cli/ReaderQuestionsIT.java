package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.config.ConfigLoader;
import org.naba.config.NabaConfig;
import org.naba.tools.eval.QaEvaluation;
import org.naba.tools.eval.QaFile;

/**
 * The reader and out-of-scope dev questions (both dev sets of each) over the whole corpus (seeds,
 * ant-all and SaudiNewsNet), against the figures stored in {@code qa/reader-dev-expected.json}:
 * each figure may fall by less than one question, so no single question is lost unnoticed. The test
 * files are not read here; their figures are measured once per change by hand (README).
 */
@SharedData
class ReaderQuestionsIT {

  private static final Path QA = Path.of("src/test/resources/qa");
  private static final Path NEWS = Path.of("../shared/data/news");

  @Test
  void devFiguresOverTheWholeCorpusHoldToTheLastQuestion(@TempDir Path data) throws Exception {
    // the corpus ends in October 2018: its "today" is the newest article's day, as configured
    NabaConfig config =
        new ConfigLoader(Path.of("."), Map.of("NABA_ANSWERS_TODAY", "2018-10-20"))
            .load(Path.of("config/naba.properties"))
            .withDataDir(data);
    JsonNode expected =
        new ObjectMapper().readTree(QA.resolve("reader-dev-expected.json").toFile());
    try (Naba naba = Naba.open(config)) {
      Naba.ingestor(config, naba.store())
          .ingest(List.of(NEWS.resolve("ant-all.jsonl.gz"), NEWS.resolve("saudinewsnet.jsonl.gz")));
      naba.index().catchUp(naba.store());
      QaEvaluation evaluation = new QaEvaluation(naba.answerer()::ask);
      int wrongSpeakers = 0;
      for (String set :
          List.of("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9")) {
        QaEvaluation.Counts reader =
            evaluation.run(QaFile.read(QA.resolve("reader-" + set + ".tsv"))).all();
        QaEvaluation.Counts outOfScope =
            evaluation.run(QaFile.read(QA.resolve("out-of-scope-" + set + ".tsv"))).all();
        System.out.println("reader-" + set + ": " + reader.summary());
        System.out.println("out-of-scope-" + set + ": " + outOfScope.summary());
        holds("reader-" + set, reader, expected.get("reader_" + set));
        declines("out-of-scope-" + set, outOfScope, expected.get("out_of_scope_" + set));
        wrongSpeakers += reader.wrongSpeakers() + outOfScope.wrongSpeakers();
      }
      assertEquals(0, wrongSpeakers, "wrong speakers");
    }
  }

  private static void holds(String set, QaEvaluation.Counts reader, JsonNode r) {
    double question = 0.5 / reader.inScope();
    atLeast(set + " top-1", reader.top1(), r.get("top1").asDouble(), question);
    atLeast(set + " top-3", reader.top3(), r.get("top3").asDouble(), question);
    atLeast(set + " coverage", reader.coverage(), r.get("coverage").asDouble(), question);
    double answered = 0.5 / Math.max(1, Math.round(reader.coverage() * reader.inScope()));
    atLeast(set + " precision", reader.precision(), r.get("precision").asDouble(), answered);
  }

  private static void declines(String set, QaEvaluation.Counts outOfScope, JsonNode o) {
    atLeast(
        set + " declined",
        outOfScope.declined(),
        o.get("declined").asDouble(),
        0.5 / outOfScope.outOfScope());
  }

  private static void atLeast(String figure, double actual, double stored, double tolerance) {
    assertTrue(
        actual >= stored - tolerance,
        figure + " fell from " + stored + " to " + actual + " (by a question or more)");
  }
}
