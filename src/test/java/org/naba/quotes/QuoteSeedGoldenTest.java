package org.naba.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The two seed articles against their golden files, exactly (offsets, text, speaker, role, cue).
 */
class QuoteSeedGoldenTest {

  private final QuoteExtractor extractor = new QuoteExtractor();

  @Test
  void seed000HasTwelveQuotesAllBySabahAlNuman() throws IOException {
    List<Quote> expected = golden("/quotes/seed-000.gold.json");
    assertEquals(12, expected.size());
    assertMatches(
        expected, extractor.extract(SeedBodies.read(Path.of("seeds/000_fbcca49827e3a288.txt"))));
  }

  @Test
  void seed001HasEightQuotesAllBySabahAlNuman() throws IOException {
    List<Quote> expected = golden("/quotes/seed-001.gold.json");
    assertEquals(8, expected.size());
    assertMatches(
        expected, extractor.extract(SeedBodies.read(Path.of("seeds/001_47a385f4b9943841.txt"))));
  }

  @Test
  void goldenQuoteTextsAreExactSubstringsOfTheSeedBodies() throws IOException {
    String body = SeedBodies.read(Path.of("seeds/001_47a385f4b9943841.txt"));
    for (Quote q : golden("/quotes/seed-001.gold.json")) {
      assertEquals(q.text(), body.substring(q.start(), q.end()));
    }
  }

  private static List<Quote> golden(String resource) throws IOException {
    try (InputStream in = QuoteSeedGoldenTest.class.getResourceAsStream(resource)) {
      JsonNode root = new ObjectMapper().readTree(Objects.requireNonNull(in, resource));
      List<Quote> quotes = new ArrayList<>();
      for (JsonNode q : root.get("quotes")) {
        quotes.add(
            new Quote(
                q.get("text").asText(),
                q.get("start").asInt(),
                q.get("end").asInt(),
                q.get("speaker").asText(),
                q.get("role").asText(),
                q.get("cue").asText()));
      }
      return quotes;
    }
  }

  /** Fails with a line-by-line diff of expected and actual quotes. */
  static void assertMatches(List<Quote> expected, List<Quote> actual) {
    if (expected.equals(actual)) {
      return;
    }
    StringBuilder diff = new StringBuilder("quotes differ from the golden file:\n");
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      Quote e = i < expected.size() ? expected.get(i) : null;
      Quote a = i < actual.size() ? actual.get(i) : null;
      if (Objects.equals(e, a)) {
        diff.append("  ").append(i).append(" same  ").append(line(e)).append('\n');
      } else {
        diff.append("- ").append(i).append(" gold  ").append(line(e)).append('\n');
        diff.append("+ ").append(i).append(" got   ").append(line(a)).append('\n');
      }
    }
    fail(diff.toString());
  }

  private static String line(Quote q) {
    if (q == null) {
      return "(none)";
    }
    String text = q.text().length() > 60 ? q.text().substring(0, 60) + "…" : q.text();
    return "["
        + q.start()
        + ","
        + q.end()
        + ") speaker="
        + q.speaker()
        + " role="
        + q.role()
        + " cue="
        + q.cue()
        + " | "
        + text;
  }
}
