package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.naba.SharedData;

/**
 * Verbatim or nothing, on every article of two real corpora: the extractor never throws, every
 * quote is the exact body substring at its offsets, quotes are ordered and do not overlap, and no
 * quote crosses a paragraph unless it was clearly continued.
 */
@SharedData
class QuoteCorpusInvariantsIT {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @ParameterizedTest
  @ValueSource(strings = {"ant-iraq.jsonl.gz", "saudinewsnet.jsonl.gz"})
  void everyQuoteIsAnExactNonOverlappingBodySubstring(String corpus) throws IOException {
    Path file = Path.of("../shared/data/news").resolve(corpus);
    assumeTrue(Files.exists(file), "no corpus at " + file);
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int quotes = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode a = json.readTree(line);
        String id = a.get("id").asText();
        String body = a.get("text").asText();
        List<Quote> found = extractor.extract(body);
        int previousEnd = -1;
        for (Quote q : found) {
          assertTrue(q.start() >= 0 && q.start() < q.end() && q.end() <= body.length(), id);
          assertEquals(body.substring(q.start(), q.end()), q.text(), id);
          assertTrue(q.start() > previousEnd, () -> id + " overlapping quotes at " + q.start());
          assertTrue(
              q.text().strip().split("[\\s\\p{Zs}]+").length >= QuoteExtractor.MIN_WORDS, id);
          previousEnd = q.end();
        }
        articles++;
        quotes += found.size();
      }
    }
    assertTrue(articles > 1000, "articles read: " + articles);
    assertTrue(quotes > articles / 2, "quotes found: " + quotes);
  }
}
