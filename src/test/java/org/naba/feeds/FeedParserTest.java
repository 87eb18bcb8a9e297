package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  @Test
  void readsRss() {
    Feed f =
        parser.parse(
            "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>أخبار</title>"
                + "<item><title>عنوان</title><link>https://x.test/1</link><guid>g1</guid>"
                + "<pubDate>Sun, 18 Feb 2018 21:35:43 +0400</pubDate><description>ملخص</description>"
                + "<content:encoded><![CDATA[<p>نص</p>]]></content:encoded></item></channel></rss>");
    assertEquals(Feed.Kind.RSS, f.kind());
    assertEquals(
        new FeedItem(
            "g1",
            "https://x.test/1",
            "عنوان",
            "2018-02-18T21:35:43+04:00",
            null,
            "ملخص",
            "<p>نص</p>",
            null),
        f.items().get(0));
  }

  @Test
  void readsAtom() {
    Feed f =
        parser.parse(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>عنوان</title>"
                + "<link rel=\"alternate\" href=\"https://x.test/1\"/><id>urn:1</id>"
                + "<published>2018-02-18T21:35:43Z</published><updated>2018-02-19T08:00:00Z</updated>"
                + "<summary>ملخص</summary><author><name>كاتب</name></author></entry></feed>");
    assertEquals(Feed.Kind.ATOM, f.kind());
    assertEquals(
        new FeedItem(
            "urn:1",
            "https://x.test/1",
            "عنوان",
            "2018-02-18T21:35:43Z",
            "2018-02-19T08:00:00Z",
            "ملخص",
            null,
            "كاتب"),
        f.items().get(0));
  }

  @Test
  void readsJsonFeed() {
    Feed f =
        parser.parse(
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":[{\"id\":\"1\","
                + "\"url\":\"https://x.test/1\",\"title\":\"عنوان\",\"content_html\":\"<p>نص</p>\","
                + "\"date_published\":\"2018-02-18T21:35:43+04:00\",\"authors\":[{\"name\":\"كاتب\"}]}]}");
    assertEquals(Feed.Kind.JSON_FEED, f.kind());
    assertEquals(
        new FeedItem(
            "1",
            "https://x.test/1",
            "عنوان",
            "2018-02-18T21:35:43+04:00",
            null,
            null,
            "<p>نص</p>",
            "كاتب"),
        f.items().get(0));
  }

  @Test
  void readsANewsSitemap() {
    Feed f =
        parser.parse(
            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://x.test/1</loc><news:news><news:publication><news:name>X</news:name>"
                + "<news:language>ar</news:language></news:publication>"
                + "<news:publication_date>2018-02-18T21:35:43+04:00</news:publication_date>"
                + "<news:title>عنوان</news:title></news:news></url></urlset>");
    assertEquals(Feed.Kind.NEWS_SITEMAP, f.kind());
    FeedItem item = f.items().get(0);
    assertEquals("https://x.test/1", item.url());
    assertEquals("عنوان", item.title());
    assertEquals("2018-02-18T21:35:43+04:00", item.published());
  }

  @Test
  void refusesAPageASitemapIndexAndJsonThatIsNoFeed() {
    assertTrue(parser.parse("<rss><channel></channel></rss>").items().isEmpty());
    assertThrows(FeedFormatException.class, () -> parser.parse("<!DOCTYPE html><html></html>"));
    assertTrue(
        assertThrows(FeedFormatException.class, () -> parser.parse("<sitemapindex/>"))
            .getMessage()
            .contains("sitemap index"));
    assertThrows(FeedFormatException.class, () -> parser.parse("{\"items\":[]}"));
  }

  @Test
  void neverExpandsADeclaredEntity() {
    FeedFormatException e =
        assertThrows(
            FeedFormatException.class,
            () ->
                parser.parse(
                    "<!DOCTYPE rss [<!ENTITY a \"expanded\">]><rss><channel><title>&a;</title></channel></rss>"));
    assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
  }
}
