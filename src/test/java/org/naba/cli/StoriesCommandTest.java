package org.naba.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;

class StoriesCommandTest {

  private static final String DEAL =
      "أعلن الرئيس الأمريكي دونالد ترامب انسحاب بلاده من الاتفاق النووي الموقع مع إيران عام 2015"
          + " وإعادة فرض العقوبات الاقتصادية على طهران.";
  private static final String QUAKE =
      "ضرب زلزال بقوة ست درجات جنوب بيرو فجر اليوم دون أن تسجل إصابات بحسب هيئة المسح الجيولوجي.";

  @TempDir Path dir;
  private final Instant now = Instant.now();

  private void add(Store store, String id, String outlet, Instant at, String title, String body) {
    Span all = new Span(0, body.length());
    store.add(
        new ParsedArticle(
            new Article(id, "https://example.org/" + id, outlet, title, at.toString(), body),
            List.of(all),
            List.of(all),
            List.of()));
  }

  @BeforeEach
  void store() {
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      add(store, "old-1", "BBC", now.minusSeconds(5 * 86400), "زلزال في بيرو", QUAKE);
      add(store, "bbc-1", "BBC", now.minusSeconds(7200), "ترامب ينسحب من الاتفاق النووي", DEAL);
      add(store, "cnn-1", "CNN", now.minusSeconds(3600), "ترامب ينسحب من الاتفاق النووي", DEAL);
    }
  }

  @Test
  void listsTheDaysStoriesAsOneJsonObjectALine() throws Exception {
    CliRun run = CliRun.of("stories", "list", "--since", "24h", "--json", "--data", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertEquals(1, lines.length, run.out());
    JsonNode story = new ObjectMapper().readTree(lines[0]);
    assertEquals("bbc-1", story.get("id").asText());
    assertEquals("[\"bbc-1\",\"cnn-1\"]", story.get("articles").toString());
    assertEquals("[\"BBC\",\"CNN\"]", story.get("outlets").toString());
    assertEquals(now.minusSeconds(7200).toString(), story.get("first_seen").asText());
  }

  @Test
  void rebuildReclustersTheWholeStore() {
    CliRun run = CliRun.of("stories", "rebuild", "--data", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("clustered 3 articles into 2 stories"), run.out());
  }

  @Test
  void aBadPeriodIsOneClearErrorAndExitCodeTwo() {
    CliRun run = CliRun.of("stories", "list", "--since", "yesterday", "--data", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--since 'yesterday'"), run.err());
  }
}
