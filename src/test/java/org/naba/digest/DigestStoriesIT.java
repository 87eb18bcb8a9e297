package org.naba.digest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.SharedData;
import org.naba.ingest.ArticleAnalysis;
import org.naba.ingest.Ingestor;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Sources;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Store;
import org.naba.stories.Stories;
import org.naba.stories.StoryTuning;

/**
 * The digest over one busy day of ant-all (9 May 2018, the corpus's busiest day: 250 articles of
 * every outlet and section, the day after the US left the Iran deal) gives no two items from one
 * story: the day is ingested into a fresh store, clustered into stories as ingest does, and its
 * digest composed as {@link DigestRunner} composes it. The same day composed without stories (each
 * article its own story) does repeat a story, so the check can fail.
 */
@SharedData
class DigestStoriesIT {

  private static final Path ANT_ALL = SharedData.FOLDER.resolve("news/ant-all.jsonl.gz");
  private static final String DAY = "2018-05-09";

  /** Large enough to list every statement group of the day, not only a digest's first items. */
  private static final int EVERY_ITEM = 10_000;

  @TempDir Path dir;

  @Test
  void aDayOfAntAllGivesOneDigestItemPerStory() throws IOException {
    Path day = oneDay(dir.resolve("day.jsonl.gz"));
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      Instant before = Instant.now().minusSeconds(1);
      new Ingestor(
              store,
              new Sources(OutletDirectory.load(Path.of("config/outlets.json"))),
              new ArticleAnalysis(new QuoteExtractor()),
              2)
          .ingest(List.of(day));
      new Stories(store, StoryTuning.defaults()).catchUp();
      Instant upTo = Instant.now().plusSeconds(1);
      List<Store.QuoteListing> quotes = store.quotesIngested(before, upTo);
      Map<String, String> articleOf = new HashMap<>();
      quotes.forEach(q -> articleOf.put(q.url(), q.articleId()));
      Map<String, String> storyOf = store.stories().storyOf(new ArrayList<>(articleOf.values()));
      DigestComposer composer = new DigestComposer(EVERY_ITEM);

      DigestComposer.Digest digest =
          composer.compose(DigestRunner.window(store, before, upTo), "").orElseThrow();
      List<String> repeated = repeatedStories(digest, articleOf, storyOf);
      assertTrue(digest.items().size() >= 20, "a busy day: " + digest.items().size() + " items");
      assertTrue(repeated.isEmpty(), "stories told twice: " + repeated);

      // the break check: without stories, the same statements repeat stories
      DigestComposer.Digest unclustered =
          composer.compose(DigestComposer.prepare(quotes), "").orElseThrow();
      assertFalse(
          repeatedStories(unclustered, articleOf, storyOf).isEmpty(),
          "the day should hold a story told by several statements");
    }
  }

  /** The stories that more than one item comes from. */
  private static List<String> repeatedStories(
      DigestComposer.Digest digest, Map<String, String> articleOf, Map<String, String> storyOf) {
    Map<String, Integer> items = new HashMap<>();
    for (DigestComposer.Item item : digest.items()) {
      String article = articleOf.get(item.url());
      items.merge(storyOf.getOrDefault(article, article), 1, Integer::sum);
    }
    List<String> repeated = new ArrayList<>();
    items.forEach(
        (story, n) -> {
          if (n > 1) {
            repeated.add(story + " (" + n + " items)");
          }
        });
    return repeated;
  }

  /** The lines of ant-all published on {@link #DAY} (the outlet's own date), as a corpus file. */
  private static Path oneDay(Path out) throws IOException {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(ANT_ALL)), StandardCharsets.UTF_8));
        Writer w =
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.contains("\"published\": \"" + DAY) || line.contains("\"published\":\"" + DAY)) {
          w.write(line);
          w.write('\n');
        }
      }
    }
    return out;
  }
}
