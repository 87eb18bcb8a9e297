package org.naba.tools.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.naba.ingest.JsonLinesReader;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Read;

/** The hand-written QA files still point at the articles their answers come from. */
class QaFilesTest {

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
      String text = texts.get(c.articleId());
      assertNotNull(text, "line " + c.line() + ": no article " + c.articleId());
      String[] spans = c.expected().split("\\|");
      assertTrue(text.contains(spans[0]), "line " + c.line() + ": " + spans[0]);
      for (int i = 1; i < spans.length; i++) {
        String alternative = spans[i];
        assertTrue(
            texts.values().stream().anyMatch(t -> t.contains(alternative)),
            "line " + c.line() + ": " + alternative);
      }
      articles.add(c.articleId());
    }
    assertEquals(cases.size(), articles.size(), "one article a question");
    assertTrue(cases.size() >= 40, "the issue asks for 40 or more: " + cases.size());
  }

  @Test
  void everySeedAnswerOccursOnceInItsSeedAndOutOfScopeRowsNameNoArticle() throws IOException {
    int outOfScope = 0;
    for (QaCase c : QaFile.read(QA.resolve("seeds.tsv"))) {
      if (c.outOfScope()) {
        assertNull(c.articleId(), "line " + c.line());
        outOfScope++;
        continue;
      }
      String seed = Files.readString(Path.of("seeds", c.articleId() + ".txt"));
      int first = seed.indexOf(c.expected());
      assertTrue(first >= 0, "line " + c.line() + ": " + c.expected());
      assertEquals(-1, seed.indexOf(c.expected(), first + 1), "line " + c.line() + " twice");
    }
    assertTrue(outOfScope >= 10, "the issue asks for 10 or more: " + outOfScope);
  }
}
