package org.naba.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naba.config.NabaConfig;
import org.naba.ingest.ArticleAnalysis;
import org.naba.ingest.Ingestor;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Sources;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.FeedSource;
import org.naba.store.Store;
import org.naba.store.StoredArticle;
import org.naba.tools.feeds.FeedWriter;
import org.naba.tools.feeds.LoopbackServer;
import org.naba.tools.feeds.NewsItem;
import org.naba.tools.feeds.OutletTemplates;
import org.slf4j.LoggerFactory;

/** Polling feeds on a loopback server: storing, conditional GET, updates, and hostile inputs. */
class FeedPollTest {

  @TempDir Path dir;

  private LoopbackServer server;
  private Store store;
  private FeedFollower feeds;
  private final TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final List<String> alerts = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void start() {
    server = new LoopbackServer();
    store = Store.open(dir.resolve("naba.db"));
    feeds = follower(true, FetchPolicy.of(settings(true)));
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logs.setContext(context);
    logs.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(logs);
  }

  @AfterEach
  void stop() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(logs);
    feeds.close();
    store.close();
    server.close();
  }

  private static NabaConfig.Feeds settings(boolean allowPrivate) {
    return new NabaConfig.Feeds(
        null, Duration.ofMinutes(1), Duration.ZERO, 3, allowPrivate, 10_000_000, true);
  }

  private FeedFollower follower(boolean allowPrivate, FetchPolicy policy) {
    OutletDirectory outlets = OutletDirectory.load(Path.of("config/outlets.json"));
    FeedFollower f =
        new FeedFollower(
            store.sources(),
            new Ingestor(store, new Sources(outlets), new ArticleAnalysis(new QuoteExtractor()), 1),
            outlets,
            settings(allowPrivate),
            ExtractionRules.NONE,
            new HttpFetcher(
                policy.withTimeouts(
                    Duration.ofSeconds(1), Duration.ofMillis(700), Duration.ofSeconds(3)),
                Dns.SYSTEM,
                clock),
            clock,
            FeedFollower.pollThreads(),
            Duration.ofMillis(50),
            () -> {});
    f.onBroken(alerts::add);
    return f;
  }

  /** Two real articles (the seeds), as an outlet serves them. */
  private List<NewsItem> articles() throws IOException {
    List<NewsItem> out = new ArrayList<>();
    int n = 0;
    for (Path seed :
        List.of(
            Path.of("seeds/000_fbcca49827e3a288.txt"), Path.of("seeds/001_47a385f4b9943841.txt"))) {
      List<String> lines =
          Arrays.stream(Files.readString(seed).split("\n"))
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .toList();
      out.add(
          new NewsItem(
              "a" + n,
              server.url("/news/" + n + ".html").toString(),
              lines.get(0),
              "2021-12-0" + (8 + n) + "T10:00:00+03:00",
              lines.subList(1, lines.size())));
      n++;
    }
    return out;
  }

  private void serve(List<NewsItem> items, int template, String feedPath) {
    List<FeedWriter.Item> entries = new ArrayList<>();
    for (NewsItem a : items) {
      String path = java.net.URI.create(a.url()).getPath();
      OutletTemplates.Page page = OutletTemplates.render(template, a, List.of(), a.url());
      server.route(path, ex -> LoopbackServer.send(ex, 200, page.contentType(), page.bytes()));
      entries.add(
          new FeedWriter.Item(
              "guid-" + a.id(),
              a.url() + "?utm_source=rss&id=1",
              a.title(),
              a.published(),
              a.paragraphs().get(0).substring(0, 40)));
    }
    byte[] rss = FeedWriter.rss("أخبار", entries).getBytes(StandardCharsets.UTF_8);
    server.route(
        feedPath,
        ex -> {
          String etag = "\"v" + Arrays.hashCode(rss) + "\"";
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, null, new byte[0]);
            return;
          }
          ex.getResponseHeaders().set("ETag", etag);
          LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", rss);
        });
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  @Test
  void storesEachItemWithTheFullTextOfItsPageUnderItsCanonicalUrl() throws Exception {
    List<NewsItem> items = articles();
    serve(items, 0, "/rss.xml");
    feeds.add(url("/rss.xml"), "روداو", null);
    List<PollReport> reports = feeds.pollDue();
    assertEquals(1, reports.size());
    assertEquals(2, reports.get(0).added(), reports.get(0).line());
    assertEquals(2, store.articleCount());
    for (NewsItem a : items) {
      StoredArticle s = store.byId(SourcePoll.id(a.url())).orElseThrow();
      assertEquals(a.text(), s.article().text());
      assertEquals(a.url(), s.article().url(), "tracking parameters stripped: the canonical URL");
      assertEquals("روداو", s.article().outlet());
      assertEquals(a.title(), s.article().title());
      assertNotNull(s.article().published());
    }
  }

  @Test
  void aSecondPollSendsTheValidatorsAndFetchesNoPageAgain() throws Exception {
    serve(articles(), 1, "/rss.xml");
    feeds.add(url("/rss.xml"), null, null);
    feeds.pollDue();
    clock.advance(Duration.ofMinutes(2));
    List<PollReport> second = feeds.pollDue();
    assertEquals("not-modified", second.get(0).status());
    assertEquals(1, server.hits("/news/0.html"));
    assertEquals(2, store.articleCount());
  }

  @Test
  void anEditedArticleReplacesItsTextUnderTheSameId() throws Exception {
    List<NewsItem> items = articles();
    serve(items, 2, "/rss.xml");
    feeds.add(url("/rss.xml"), null, null);
    feeds.pollDue();
    NewsItem first = items.get(0);
    List<String> edited = new ArrayList<>(first.paragraphs());
    edited.add("وأضاف المتحدث في تصريح لاحق أن العمليات ستستمر حتى تحقيق أهدافها كاملة.");
    NewsItem changed =
        new NewsItem(first.id(), first.url(), first.title() + " (محدث)", first.published(), edited);
    serve(List.of(changed, items.get(1)), 2, "/rss.xml");
    clock.advance(Duration.ofMinutes(2));
    PollReport report = feeds.pollDue().get(0);
    assertEquals(1, report.updated(), report.line());
    assertEquals(1, report.unchanged(), report.line());
    StoredArticle s = store.byId(SourcePoll.id(first.url())).orElseThrow();
    assertEquals(changed.text(), s.article().text());
    assertEquals(2, store.articleCount());
  }

  @Test
  void theSameArticleUnderAnotherUrlInAnotherFeedIsStoredOnce() throws Exception {
    List<NewsItem> items = articles();
    serve(items, 0, "/rss.xml");
    NewsItem copy =
        new NewsItem(
            "c",
            url("/mirror/0.html"),
            items.get(0).title(),
            items.get(0).published(),
            items.get(0).paragraphs());
    serve(List.of(copy), 3, "/mirror.xml");
    feeds.add(url("/rss.xml"), null, null);
    feeds.add(url("/mirror.xml"), null, null);
    feeds.pollDue();
    assertEquals(2, store.articleCount());
  }

  @Test
  void aPollLostInACrashStoresNothingTwiceWhenItRunsAgain() throws Exception {
    serve(articles(), 0, "/rss.xml");
    FeedSource source = feeds.add(url("/rss.xml"), null, null).source();
    feeds.pollDue();
    // as if the process died after storing the articles, before it wrote what it had seen
    store.sources().record(source.id(), FeedSource.FetchState.fresh());
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("naba.db"));
        var st = c.createStatement()) {
      st.execute("DELETE FROM feed_items");
    }
    PollReport again = feeds.pollDue().get(0);
    assertEquals(0, again.added(), again.line());
    assertEquals(2, again.unchanged(), again.line());
    assertEquals(2, store.articleCount());
  }

  // --- hostile inputs: one clear logged error each, the rest of the run unharmed ---

  /** Serves {@code route} on another host (localhost) beside a good feed on 127.0.0.1. */
  private PollReport hostile(String path, LoopbackServer.Route route) throws Exception {
    serve(articles(), 0, "/good.xml");
    try (LoopbackServer other = new LoopbackServer()) {
      other.route(path, route);
      String bad = "http://localhost:" + other.port() + path;
      feeds.add(url("/good.xml"), null, null);
      feeds.add(bad, null, null);
      List<PollReport> reports = feeds.pollDue();
      assertEquals(2, store.articleCount(), "the good feed is stored whatever the other does");
      PollReport report =
          reports.stream().filter(r -> r.url().equals(bad)).findFirst().orElseThrow();
      assertNotNull(report.error(), report.line());
      long lines =
          logs.list.stream()
              .filter(e -> e.getLevel().toString().equals("ERROR"))
              .filter(e -> e.getFormattedMessage().contains(bad))
              .count();
      assertEquals(1, lines, "one error line names " + bad + ": " + logs.list);
      return report;
    }
  }

  private static LoopbackServer.Route body(String type, String text) {
    return ex -> LoopbackServer.send(ex, 200, type, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void malformedXmlIsOneError() throws Exception {
    PollReport r =
        hostile("/broken.xml", body("application/rss+xml", "<rss><channel><item><title>x</item>"));
    assertTrue(r.error().contains("malformed XML"), r.error());
  }

  @Test
  void anExternalEntityIsNeverRead() throws Exception {
    PollReport r =
        hostile(
            "/xxe.xml",
            body(
                "application/rss+xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                    + "<rss><channel><item><title>&xxe;</title><link>http://x/1</link></item></channel></rss>"));
    assertTrue(r.error().contains("xxe"), r.error());
    assertFalse(r.error().contains("root:"), r.error());
  }

  @Test
  void anEntityBombIsRefused() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    PollReport r =
        hostile(
            "/bomb.xml",
            body(
                "application/rss+xml",
                "<?xml version=\"1.0\"?>"
                    + dtd
                    + "<rss><channel><title>&lol9;</title></channel></rss>"));
    assertEquals("not-a-feed", r.status(), r.line());
  }

  @Test
  void aFeedOfTwoHundredMegabytesStopsAtTheCap() throws Exception {
    PollReport r =
        hostile(
            "/huge.xml",
            ex -> {
              ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
              ex.sendResponseHeaders(200, 0);
              byte[] chunk =
                  ("<item><title>" + "ن".repeat(500) + "</title></item>")
                      .getBytes(StandardCharsets.UTF_8);
              try (OutputStream out = ex.getResponseBody()) {
                out.write("<rss><channel>".getBytes(StandardCharsets.UTF_8));
                for (long sent = 0; sent < 200_000_000L; sent += chunk.length) {
                  out.write(chunk);
                }
              }
            });
    assertEquals("too-large", r.status(), r.line());
  }

  @Test
  void aGzipBombStopsAtTheCap() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        gz.write(zeros);
      }
    }
    byte[] bomb = zipped.toByteArray();
    PollReport r =
        hostile(
            "/gzip.xml",
            ex -> {
              ex.getResponseHeaders().set("Content-Encoding", "gzip");
              LoopbackServer.send(ex, 200, "application/rss+xml", bomb);
            });
    assertEquals("too-large", r.status(), r.line());
  }

  @Test
  void aRedirectLoopIsOneError() throws Exception {
    PollReport r =
        hostile(
            "/loop-a",
            ex -> {
              boolean second = ex.getRequestURI().getQuery() != null;
              ex.getResponseHeaders().set("Location", second ? "/loop-a" : "/loop-a?again");
              LoopbackServer.send(ex, 302, null, new byte[0]);
            });
    assertEquals("redirect-loop", r.status(), r.line());
  }

  @Test
  void notFoundAndGoneAndServerErrorsAreOneErrorEach() throws Exception {
    assertEquals(
        "client-error",
        hostile("/gone.xml", ex -> LoopbackServer.send(ex, 410, null, new byte[0])).status());
  }

  @Test
  void aServerErrorBacksOff() throws Exception {
    PollReport r = hostile("/500.xml", ex -> LoopbackServer.send(ex, 500, null, new byte[0]));
    assertEquals("server-error", r.status());
    FeedSource s = store.sources().all().get(1);
    assertEquals(clock.instant().plus(Duration.ofMinutes(2)), s.state().nextFetchAt());
  }

  @Test
  void tooManyRequestsWaitsOutRetryAfter() throws Exception {
    PollReport r =
        hostile(
            "/429.xml",
            ex -> {
              ex.getResponseHeaders().set("Retry-After", "3600");
              LoopbackServer.send(ex, 429, null, new byte[0]);
            });
    assertEquals("throttled", r.status());
    FeedSource s = store.sources().all().get(1);
    assertEquals(clock.instant().plus(Duration.ofHours(1)), s.state().nextFetchAt());
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws Exception {
    PollReport r =
        hostile(
            "/silent.xml",
            ex -> {
              try {
                Thread.sleep(10_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    assertEquals("timeout", r.status(), r.line());
  }

  @Test
  void anHtmlPageServedAsAFeedIsSaidToBeOne() throws Exception {
    PollReport r =
        hostile(
            "/page.xml", body("application/rss+xml", "<!DOCTYPE html><html><body>x</body></html>"));
    assertTrue(r.error().contains("HTML page"), r.error());
  }

  @Test
  void aWrongCharsetIsReadAsWindows1256() throws Exception {
    List<NewsItem> items = articles();
    serve(items, 0, "/unused.xml");
    String rss =
        FeedWriter.rss(
            "أخبار",
            List.of(
                new FeedWriter.Item(null, items.get(0).url(), items.get(0).title(), null, "ملخص")));
    byte[] cp1256 = rss.replace("UTF-8", "windows-1256").getBytes(OutletTemplates.WINDOWS_1256);
    server.route(
        "/cp1256.xml",
        ex -> LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", cp1256));
    feeds.add(url("/cp1256.xml"), null, null);
    PollReport r = feeds.pollDue().get(0);
    assertEquals(1, r.added(), r.line());
    assertEquals(
        items.get(0).title(),
        store.byId(SourcePoll.id(items.get(0).url())).orElseThrow().article().title());
  }

  @Test
  void aFeedOfTenThousandItemsReadsTheNewestFiveHundred() throws Exception {
    StringBuilder rss = new StringBuilder("<rss><channel>");
    String text = "نص الخبر الكامل في الخلاصة نفسها. ".repeat(20);
    for (int i = 0; i < 10_000; i++) {
      rss.append("<item><title>خبر ")
          .append(i)
          .append("</title><link>")
          .append(url("/n/" + i))
          .append("</link><pubDate>")
          .append(
              FeedWriter.class.getSimpleName().isEmpty() ? "" : "Tue, 01 Dec 2026 08:00:00 +0000")
          .append(
              "</pubDate><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA[<p>")
          .append(text)
          .append(i)
          .append("</p>]]></content:encoded></item>");
    }
    rss.append("</channel></rss>");
    server.route("/big.xml", body("application/rss+xml", rss.toString()));
    feeds.close();
    feeds = follower(true, FetchPolicy.of(settings(true)).withMaxBytes(50_000_000));
    feeds.add(url("/big.xml"), null, null);
    PollReport r = feeds.pollDue().get(0);
    assertEquals(SourcePoll.MAX_ITEMS, r.added(), r.line());
    assertTrue(logs.list.stream().anyMatch(e -> e.getFormattedMessage().contains("10000 items")));
  }

  // --- politeness and safety ---

  @Test
  void robotsTxtIsHonoured() throws Exception {
    server.route("/robots.txt", body("text/plain", "User-agent: NabaBot\nDisallow: /private/\n"));
    server.route("/private/rss.xml", body("application/rss+xml", "<rss/>"));
    feeds.add(url("/private/rss.xml"), null, null);
    PollReport r = feeds.pollDue().get(0);
    assertEquals("robots-disallowed", r.status());
    assertEquals(0, server.hits("/private/rss.xml"));
  }

  @Test
  void aLoopbackAddressIsRefusedUnlessAllowed() throws Exception {
    feeds.close();
    feeds = follower(false, FetchPolicy.of(settings(false)));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> feeds.add(url("/rss.xml"), null, null));
    assertTrue(e.getMessage().contains("feeds.allow-private-addresses"), e.getMessage());
    // a name that resolves to loopback is refused when fetched
    store
        .sources()
        .add(
            "http://localhost:" + server.port() + "/rss.xml",
            null,
            Duration.ofMinutes(1),
            clock.instant());
    PollReport r = feeds.pollDue().get(0);
    assertEquals("refused", r.status(), r.line());
    assertEquals(0, server.hits("/rss.xml"));
  }

  @Test
  void aSourceBrokenAfterFailuresInARowIsReportedOnce() throws Exception {
    feeds.add(url("/missing.xml"), null, null);
    for (int i = 0; i < 4; i++) {
      feeds.pollDue();
      clock.advance(Duration.ofHours(7));
    }
    FeedSource s = store.sources().byUrl(url("/missing.xml")).orElseThrow();
    assertTrue(s.state().broken());
    assertEquals(1, alerts.size(), alerts.toString());
    assertTrue(alerts.get(0).contains(url("/missing.xml")), alerts.get(0));
  }

  @Test
  void requestsToOneHostWaitTheHostDelay() throws Exception {
    feeds.close();
    feeds = follower(true, FetchPolicy.of(settings(true).withHostDelay(Duration.ofMillis(300))));
    List<Long> at = new CopyOnWriteArrayList<>();
    for (String p : List.of("/a.xml", "/b.xml", "/c.xml")) {
      server.route(
          p,
          ex -> {
            at.add(System.nanoTime());
            LoopbackServer.send(ex, 404, null, new byte[0]);
          });
      feeds.add(url(p), null, null);
    }
    feeds.pollDue();
    List<Long> sorted = at.stream().sorted().toList();
    for (int i = 1; i < sorted.size(); i++) {
      assertTrue(
          sorted.get(i) - sorted.get(i - 1) >= 250_000_000L,
          "requests " + (sorted.get(i) - sorted.get(i - 1)) / 1_000_000 + " ms apart");
    }
  }
}
