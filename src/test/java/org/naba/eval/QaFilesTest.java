package org.naba.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The hand-written QA files still point at the articles their answers come from. */
class QaFilesTest {

  private static final Path QA = Path.of("src/test/resources/qa");

  @Test
  void everyAntIraqAnswerComesFromItsOwnArticleAndEveryAlternativeFromTheCorpus()
      throws IOException {
    Map<String, String> texts = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(Path.of("../shared/data/news/ant-iraq.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode article = json.readTree(line);
        texts.put(article.get("id").asText(), article.get("text").asText());
      }
    }
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
