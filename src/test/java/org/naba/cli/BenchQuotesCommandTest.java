package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code naba bench --quotes}: quote extraction speed alone, nothing ingested. */
class BenchQuotesCommandTest {

  @TempDir Path data;

  @Test
  void timesExtractionOverTheSeedsAndCountsTheirTwentyQuotes() throws Exception {
    CliRun run =
        CliRun.of("bench", "--quotes", "--corpus", "seeds", "--data", data.toString(), "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode quotes = new ObjectMapper().readTree(run.out()).path("quotes");
    assertEquals(2, quotes.path("articles").asInt());
    assertEquals(20, quotes.path("quotes").asInt()); // seed 000 has 12, seed 001 has 8
    assertEquals(3, quotes.path("warm_passes").asInt());
    assertTrue(quotes.path("cold_seconds").isNumber() && quotes.path("warm_seconds").isNumber());
    assertFalse(Files.exists(data.resolve("naba.db")), "--quotes stores nothing");
  }

  @Test
  void aMissingCorpusIsNamed() {
    CliRun run = CliRun.of("bench", "--quotes", "--corpus", "no/such/corpus.jsonl.gz");
    assertTrue(run.exitCode() != 0);
    assertTrue(run.err().contains("no/such/corpus.jsonl.gz"), run.err());
  }
}
