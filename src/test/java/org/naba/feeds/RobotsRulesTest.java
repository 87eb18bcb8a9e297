package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static RobotsRules rules(String text) {
    return RobotsRules.parse(text, "NabaBot");
  }

  @Test
  void ourOwnGroupWinsOverTheStarGroup() {
    RobotsRules r =
        rules("User-agent: *\nDisallow: /\n\nUser-agent: nababot\nDisallow: /private\n");
    assertTrue(r.allows("/news/1"));
    assertFalse(r.allows("/private/rss"));
  }

  @Test
  void theStarGroupAppliesWhenNoneNamesUs() {
    RobotsRules r = rules("User-agent: OtherBot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/\n");
    assertTrue(r.allows("/rss.xml"));
    assertFalse(r.allows("/tmp/x"));
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules r = rules("User-agent: *\nDisallow: /news/\nAllow: /news/rss\n");
    assertTrue(r.allows("/news/rss.xml"));
    assertFalse(r.allows("/news/1.html"));
    assertTrue(rules("User-agent: *\nDisallow: /a\nAllow: /a\n").allows("/a"));
  }

  @Test
  void aStarMatchesAnythingAndADollarAnchorsTheEnd() {
    RobotsRules r = rules("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print\n");
    assertFalse(r.allows("/files/a.pdf"));
    assertTrue(r.allows("/files/a.pdf.html"));
    assertFalse(r.allows("/news/1?print=1"));
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndRobotsTxtIsAlwaysAllowed() {
    assertTrue(rules("User-agent: *\nDisallow:\n").allows("/anything"));
    assertTrue(rules("User-agent: *\nDisallow: /\n").allows("/robots.txt"));
  }

  @Test
  void keepsTheCrawlDelayOfItsGroup() {
    assertEquals(
        Optional.of(Duration.ofMillis(2500)),
        rules("User-agent: NabaBot\nCrawl-delay: 2.5\nDisallow:\n").crawlDelay());
    assertEquals(Optional.empty(), rules("User-agent: *\nDisallow: /x\n").crawlDelay());
  }
}
