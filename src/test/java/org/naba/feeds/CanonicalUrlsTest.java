package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

  private static void check(String in, String expected) {
    assertEquals(
        Optional.ofNullable(expected), CanonicalUrls.of(in, URI.create("https://x.test/feed/")));
  }

  @Test
  void dropsTrackingParametersAndKeepsTheOthersInOrder() {
    check("https://x.test/n?utm_source=rss&id=7&fbclid=abc&p=2", "https://x.test/n?id=7&p=2");
    check("https://x.test/n?utm_medium=x", "https://x.test/n");
  }

  @Test
  void lowerCasesSchemeAndHostAndDropsTheDefaultPortAndTheFragment() {
    check("HTTPS://X.Test:443/News/1#comments", "https://x.test/News/1");
    check("http://x.test:8080/a", "http://x.test:8080/a");
  }

  @Test
  void resolvesARelativeLinkAgainstItsFeed() {
    check("../news/1.html", "https://x.test/news/1.html");
  }

  @Test
  void refusesWhatIsNotHttp() {
    check("mailto:a@x.test", null);
    check("javascript:void(0)", null);
  }
}
