package org.naba.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naba.stories.NewsArticles.DEAL_BODY;
import static org.naba.stories.NewsArticles.DEAL_BODY_2;
import static org.naba.stories.NewsArticles.DEAL_TITLE;
import static org.naba.stories.NewsArticles.DEAL_TITLE_2;
import static org.naba.stories.NewsArticles.QUAKE_BODY;
import static org.naba.stories.NewsArticles.QUAKE_TITLE;
import static org.naba.stories.NewsArticles.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private final StoryClusterer clusterer = new StoryClusterer(StoryTuning.defaults());

  @Test
  void anotherOutletsReportOfTheSameEventJoinsItsStory() {
    var first = clusterer.add(article("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    clusterer.add(article("sky-1", "skynews", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
    var second =
        clusterer.add(article("cnn-1", "CNN", Duration.ofHours(3), DEAL_TITLE_2, DEAL_BODY_2));
    assertTrue(first.started());
    assertFalse(second.started());
    assertEquals("bbc-1", second.story());
  }

  @Test
  void aDifferentEventStartsItsOwnStory() {
    clusterer.add(article("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    var quake =
        clusterer.add(article("sky-1", "skynews", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
    assertTrue(quake.started());
    assertEquals("sky-1", quake.story());
  }

  @Test
  void theSameEventOutsideTheWindowStartsANewStory() {
    clusterer.add(article("bbc-1", "BBC", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    var late =
        clusterer.add(article("cnn-1", "CNN", Duration.ofHours(73), DEAL_TITLE_2, DEAL_BODY_2));
    assertTrue(late.started());
  }

  @Test
  void aRepublicationUnderAnotherTitleJoinsByItsText() {
    // a bar no cosine of these two reaches: only the near-duplicate text can join them
    StoryTuning high = StoryTuning.defaults().withJoinAt(0.95);
    var clusterer = new StoryClusterer(high, StoryLinker.rule(high));
    clusterer.add(article("sky-1", "skynews", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    clusterer.add(article("al-1", "alarabia", Duration.ofHours(1), QUAKE_TITLE, QUAKE_BODY));
    var again = clusterer.add(article("sky-2", "skynews", Duration.ofHours(2), "عاجل", DEAL_BODY));
    assertEquals("sky-1", again.story());
  }

  @Test
  void aCommonQuoteAndSpeakerPullTwoLooselyWordedReportsTogether() {
    String quote = "لن نسمح لإيران بامتلاك سلاح نووي أبدا مهما كان الثمن";
    // the hand-set rule, whose pair score carries the speaker and quote bonuses
    StoryTuning bar = StoryTuning.defaults().withJoinAt(0.30);
    var plain = new StoryClusterer(bar, StoryLinker.rule(bar));
    var a =
        new StoryArticle(
            0,
            "a",
            "BBC",
            NewsArticles.T0,
            "تصريحات جديدة",
            "قال ترامب: " + quote,
            List.of("ترامب"),
            List.of(quote));
    var b =
        new StoryArticle(
            0,
            "b",
            "CNN",
            NewsArticles.T0.plusSeconds(3600),
            "موقف أمريكي",
            "وأضاف الرئيس: " + quote + " في مؤتمر صحفي",
            List.of("ترامب"),
            List.of(quote));
    plain.add(a);
    assertEquals("a", plain.add(b).story());
  }

  @Test
  void aStoryThatGrowsCloseToAnotherAbsorbsItsGroup() {
    // a bar no cosine of two texts reaches: articles join only their near-duplicates, and
    // groups alone can gather two outlets' wordings of one event
    StoryTuning high = StoryTuning.defaults().withJoinAt(0.95);
    var clusterer = new StoryClusterer(high, StoryLinker.rule(high));
    clusterer.add(article("sky-1", "skynews", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    var cnn =
        clusterer.add(article("cnn-1", "CNN", Duration.ofHours(1), DEAL_TITLE_2, DEAL_BODY_2));
    var quake =
        clusterer.add(article("al-1", "alarabia", Duration.ofHours(2), QUAKE_TITLE, QUAKE_BODY));
    // two stories of one article each: neither is a group of two yet
    assertEquals("cnn-1", cnn.story());
    assertEquals(List.of(), cnn.absorbed());
    var again = clusterer.add(article("sky-2", "skynews", Duration.ofHours(3), "عاجل", DEAL_BODY));
    assertEquals("sky-1", again.story());
    assertEquals(List.of("cnn-1"), again.absorbed());
    assertEquals("al-1", quake.story());
    var later = clusterer.add(article("al-2", "alarabia", Duration.ofHours(4), "عاجل", QUAKE_BODY));
    assertEquals("al-1", later.story());
    assertEquals(List.of(), later.absorbed());
  }

  @Test
  void withoutTheMergeEachStoryStaysItsOwn() {
    var again = republishedAfterAnotherOutlet(2, Duration.ofHours(96));
    assertEquals("sky-1", again.story());
    assertEquals(List.of(), again.absorbed());
  }

  @Test
  void groupsFurtherApartThanTheMergeSpanStayApart() {
    assertEquals(List.of(), republishedAfterAnotherOutlet(0.35, Duration.ofHours(2)).absorbed());
  }

  /**
   * Where a republication goes after another outlet's wording of the same event, with articles
   * joining only their near-duplicates and groups merging at {@code mergeAt} within {@code span}.
   */
  private static StoryClusterer.Assignment republishedAfterAnotherOutlet(
      double mergeAt, Duration span) {
    StoryTuning high = StoryTuning.defaults().withJoinAt(0.95).withMerge(mergeAt, span);
    var clusterer = new StoryClusterer(high, StoryLinker.rule(high));
    clusterer.add(article("sky-1", "skynews", Duration.ZERO, DEAL_TITLE, DEAL_BODY));
    clusterer.add(article("cnn-1", "CNN", Duration.ofHours(1), DEAL_TITLE_2, DEAL_BODY_2));
    return clusterer.add(article("sky-2", "skynews", Duration.ofHours(3), "عاجل", DEAL_BODY));
  }

  @Test
  void theSameArticlesInTheSameOrderGiveTheSameStories() {
    assertEquals(run(), run());
  }

  private static List<String> run() {
    StoryClusterer c = new StoryClusterer(StoryTuning.defaults());
    List<String> stories = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      boolean deal = i % 2 == 0;
      stories.add(
          c.add(
                  article(
                      "x" + i,
                      "o" + i,
                      Duration.ofHours(i),
                      deal ? DEAL_TITLE : QUAKE_TITLE,
                      deal ? DEAL_BODY_2 : QUAKE_BODY))
              .story());
    }
    assertNotEquals(stories.get(0), stories.get(1));
    return stories;
  }
}
