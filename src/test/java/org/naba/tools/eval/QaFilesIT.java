package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.naba.SharedData;
import org.naba.ingest.JsonLinesReader;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Read;

/** The hand-written QA files still point at the articles their answers come from. */
@SharedData
class QaFilesIT {

  private static final Path QA = Path.of("src/test/resources/qa");

  @Test
  void everyAntIraqAnswerComesFromItsOwnArticleAndEveryAlternativeFromTheCorpus()
      throws IOException {
    // the articles as Naba reads them for ingest
    Map<String, String> texts = new HashMap<>();
    new JsonLinesReader(OutletDirectory.load(Path.of("config/outlets.json")))
        .read(
            Path.of("../shared/data/news/ant-iraq.jsonl.gz"),
            entry -> {
              if (entry.read() instanceof Read.Found found) {
                texts.put(found.article().id(), found.article().text());
              }
            });
    List<QaCase> cases = QaFile.read(QA.resolve("ant-iraq.tsv"));
    Set<String> articles = new HashSet<>();
    for (QaCase c : cases) {
      String article = c.articles().get(0);
      String text = texts.get(article);
      assertNotNull(text, "line " + c.line() + ": no article " + article);
      List<String> spans = c.expected();
      assertTrue(text.contains(spans.get(0)), "line " + c.line() + ": " + spans.get(0));
      for (String alternative : spans.subList(1, spans.size())) {
        assertTrue(
            texts.values().stream().anyMatch(t -> t.contains(alternative)),
            "line " + c.line() + ": " + alternative);
      }
      articles.add(article);
    }
    assertEquals(cases.size(), articles.size(), "one article a question");
    assertTrue(cases.size() >= 40, "the issue asks for 40 or more: " + cases.size());
  }

  @ParameterizedTest
  @CsvSource({
    "reader-dev3.tsv, 60",
    "reader-dev4.tsv, 90",
    "reader-dev5.tsv, 90",
    "reader-dev6.tsv, 90",
    "reader-dev7.tsv, 90",
    "reader-dev8.tsv, 90",
    "reader-dev9.tsv, 90",
    "reader-test4.tsv, 60",
    "reader-test5.tsv, 60",
    "reader-test6.tsv, 60"
  })
  void everySpanOfABlindSplitIsInOneOfItsArticlesAsNabaReadsThem(String file, int questions)
      throws IOException {
    List<QaCase> cases = QaFile.read(QA.resolve(file));
    Set<String> wanted = new HashSet<>();
    cases.forEach(c -> wanted.addAll(c.articles()));
    Map<String, String> texts = new HashMap<>();
    JsonLinesReader reader =
        new JsonLinesReader(OutletDirectory.load(Path.of("config/outlets.json")));
    for (String corpus : List.of("ant-all.jsonl.gz", "saudinewsnet.jsonl.gz")) {
      reader.read(
          Path.of("../shared/data/news", corpus),
          entry -> {
            if (entry.read() instanceof Read.Found found && wanted.contains(found.article().id())) {
              texts.put(found.article().id(), found.article().text());
            }
          });
    }
    for (QaCase c : cases) {
      for (String article : c.articles()) {
        assertNotNull(texts.get(article), "line " + c.line() + ": no article " + article);
      }
      for (String span : c.expected()) {
        assertTrue(
            c.articles().stream().anyMatch(a -> texts.get(a).contains(span)),
            "line " + c.line() + ": " + span);
      }
    }
    assertEquals(questions, cases.size());
  }

  @Test
  void everySeedAnswerOccursOnceInItsSeedAndOutOfScopeRowsNameNoArticle() throws IOException {
    int outOfScope = 0;
    for (QaCase c : QaFile.read(QA.resolve("seeds.tsv"))) {
      if (c.outOfScope()) {
        assertTrue(c.articles().isEmpty(), "line " + c.line());
        outOfScope++;
        continue;
      }
      String seed = Files.readString(Path.of("seeds", c.articles().get(0) + ".txt"));
      String span = c.expected().get(0);
      int first = seed.indexOf(span);
      assertTrue(first >= 0, "line " + c.line() + ": " + span);
      assertEquals(-1, seed.indexOf(span, first + 1), "line " + c.line() + " twice");
    }
    assertTrue(outOfScope >= 10, "the issue asks for 10 or more: " + outOfScope);
  }
}
