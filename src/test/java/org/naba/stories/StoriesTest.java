package org.naba.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.naba.stories.NewsArticles.DEAL_BODY;
import static org.naba.stories.NewsArticles.DEAL_BODY_2;
import static org.naba.stories.NewsArticles.DEAL_TITLE;
import static org.naba.stories.NewsArticles.DEAL_TITLE_2;
import static org.naba.stories.NewsArticles.QUAKE_BODY;
import static org.naba.stories.NewsArticles.QUAKE_TITLE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.naba.database.Engine;
import org.naba.store.Article;
import org.naba.store.ParsedArticle;
import org.naba.store.Store;
import org.naba.text.Span;

/** Stories over a store on each engine (SQLite and a throwaway PostgreSQL). */
@ParameterizedClass
@EnumSource(Engine.class)
class StoriesTest {

  @Parameter Engine engine;
  @TempDir Path dir;
  private Engine.Target target;

  private static ParsedArticle parsed(
      String id, String outlet, Duration after, String title, String body) {
    Span all = new Span(0, body.length());
    return new ParsedArticle(
        new Article(
            id,
            "https://example.org/" + id,
            outlet,
            title,
            NewsArticles.T0.plus(after).toString(),
            body),
        List.of(all),
        List.of(all),
        List.of());
  }

  /** Opens this test's store (the same one each time) on {@link #engine}. */
  private Store store() {
    if (target == null) {
      target = engine.target(dir);
    }
    return Store.open(target.open("naba.db"), Clock.systemUTC());
  }

  @Test
  void placedArticlesAreListedAsStoriesWithTheirOutletsNewestFirst() {
    try (Store store = store()) {
      store.add(parsed("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
      store.add(parsed("sky-1", "skynews", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
      store.add(parsed("cnn-1", "CNN", Duration.ofHours(3), DEAL_TITLE_2, DEAL_BODY_2));
      Stories stories = new Stories(store, StoryTuning.defaults());
      assertEquals(3, stories.catchUp());
      assertEquals(0, stories.catchUp());
      List<Story> all = stories.since(Instant.MIN);
      assertEquals(2, all.size());
      assertEquals("bbc-1", all.get(0).id());
      assertEquals(List.of("bbc-1", "cnn-1"), all.get(0).articles());
      assertEquals(List.of("BBC", "CNN"), all.get(0).outlets());
      assertEquals(NewsArticles.T0, all.get(0).firstSeen());
      assertEquals("sky-1", all.get(1).id());
      assertEquals(1, stories.since(NewsArticles.T0.plus(Duration.ofHours(2))).size());
    }
  }

  @Test
  void aStoryStoredInAnEarlierBatchMovesWhenAGroupAbsorbsIt() {
    // articles join only their near-duplicates: groups alone gather the two outlets' wordings
    StoryTuning high = StoryTuning.defaults().withJoinAt(0.95);
    try (Store store = store()) {
      store.add(parsed("sky-1", "skynews", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
      store.add(parsed("cnn-1", "CNN", Duration.ofHours(1), DEAL_TITLE_2, DEAL_BODY_2));
      store.add(parsed("al-1", "alarabia", Duration.ofHours(2), QUAKE_TITLE, QUAKE_BODY));
      Stories stories = new Stories(store, high, StoryLinker.rule(high));
      assertEquals(3, stories.catchUp());
      assertEquals(3, stories.since(Instant.MIN).size());
      store.add(parsed("sky-2", "skynews", Duration.ofHours(3), "عاجل", DEAL_BODY));
      assertEquals(1, stories.catchUp());
      List<Story> after = stories.since(Instant.MIN);
      assertEquals(List.of("sky-1", "al-1"), after.stream().map(Story::id).toList());
      assertEquals(List.of("sky-1", "cnn-1", "sky-2"), after.get(0).articles());
      assertEquals(List.of("skynews", "CNN"), after.get(0).outlets());
      assertEquals(after, new Stories(store, high, StoryLinker.rule(high)).since(Instant.MIN));
      stories.rebuild();
      assertEquals(after, stories.since(Instant.MIN));
    }
  }

  @Test
  void storiesSurviveARestartAndANewArticleJoinsAStoryPlacedBeforeIt() {
    try (Store store = store()) {
      store.add(parsed("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
      store.add(parsed("sky-1", "skynews", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
      new Stories(store, StoryTuning.defaults()).catchUp();
    }
    try (Store store = store()) {
      store.add(parsed("cnn-1", "CNN", Duration.ofHours(3), DEAL_TITLE_2, DEAL_BODY_2));
      Stories stories = new Stories(store, StoryTuning.defaults());
      assertEquals(1, stories.catchUp());
      assertEquals(
          List.of("bbc-1", "cnn-1"),
          stories.since(Instant.MIN).stream()
              .filter(s -> s.id().equals("bbc-1"))
              .findFirst()
              .orElseThrow()
              .articles());
    }
  }

  @Test
  void rebuildingClustersByTimeNotArrivalAndGivesTheSameStoriesEveryTime() {
    try (Store store = store()) {
      // arrives last, published first: a rebuild makes it the story's first article
      store.add(parsed("cnn-1", "CNN", Duration.ofHours(3), DEAL_TITLE_2, DEAL_BODY_2));
      store.add(parsed("sky-1", "skynews", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
      store.add(parsed("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
      Stories stories = new Stories(store, StoryTuning.defaults());
      stories.catchUp();
      assertEquals(3, stories.rebuild());
      List<Story> first = stories.since(Instant.MIN);
      stories.rebuild();
      assertEquals(first, new Stories(store, StoryTuning.defaults()).since(Instant.MIN));
      assertEquals("bbc-1", first.get(0).id());
    }
  }

  @Test
  void aStoreOfTheFeedsSchemaGainsTheStoryTable() throws Exception {
    assumeTrue(engine == Engine.SQLITE, "PRAGMA user_version is SQLite's schema version");
    try (Store store = store()) {
      store.add(parsed("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("naba.db"));
        Statement st = c.createStatement()) {
      st.execute("DROP TABLE story_articles");
      st.execute("PRAGMA user_version = 2");
    }
    try (Store store = store()) {
      Stories stories = new Stories(store, StoryTuning.defaults());
      assertEquals(1, stories.catchUp());
      assertTrue(stories.since(Instant.MIN).get(0).articles().contains("bbc-1"));
    }
  }
}
