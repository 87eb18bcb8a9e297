package org.naba.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.naba.SharedData;
import org.naba.quotes.Quote;
import org.naba.quotes.QuoteExtractor;

/**
 * {@link SpeakerCheck} over every speaker the extractor finds in ant-all: it lists the speakers it
 * keeps out of replies, most quoted first (the worst cases to read when either changes), and holds
 * that they are a small share of the quotes, so the check does not silence the extractor.
 */
@SharedData
class SpeakerCheckCorpusIT {

  /** The share of attributed quotes whose speaker may be kept out of replies, at most. */
  private static final double MAX_DOUBTFUL = 0.05;

  @Test
  void listsTheDoubtfulSpeakersOfAntAllAndKeepsThemFew() throws IOException {
    QuoteExtractor extractor = new QuoteExtractor();
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> doubtful = new HashMap<>();
    int attributed = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(SharedData.FOLDER.resolve("news/ant-all.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode a = json.readTree(line);
        for (Quote q : extractor.extract(a.get("text").asText())) {
          if (q.speaker() == null) {
            continue;
          }
          attributed++;
          if (!SpeakerCheck.plausible(q.speaker())) {
            doubtful.merge(q.speaker(), 1, Integer::sum);
          }
        }
      }
    }
    int kept = doubtful.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "doubtful speakers in ant-all: %d quotes of %d attributed (%.1f%%), %d names; the most"
            + " quoted:%n",
        kept, attributed, 100.0 * kept / attributed, doubtful.size());
    doubtful.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(40)
        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
    assertTrue(attributed > 40_000, "attributed quotes: " + attributed);
    assertTrue(kept > 0, "the corpus has speakers the extractor misreads");
    assertTrue(kept < MAX_DOUBTFUL * attributed, kept + " of " + attributed + " kept out");
  }
}
