package org.naba.feeds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.naba.ingest.Ingestor;
import org.naba.store.Article;
import org.naba.store.FeedSource;
import org.naba.store.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source once: fetches the feed (conditionally), reads its items, and stores each new or
 * changed one through the {@link Ingestor}, fetching the article's page when the item carries only
 * a summary.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>An item is named by its GUID (with the feed's host) or, without one, its canonical URL; an
 *       item whose fingerprint (title, link, dates, summary, content) is unchanged since it was
 *       stored is passed over without a request.
 *   <li>An item carries its full text when its content (not its summary) has at least {@value
 *       #FULL_TEXT_CHARS} characters, or its summary at least {@value #FULL_SUMMARY_CHARS}.
 *   <li>Of a feed with more than {@value #MAX_ITEMS} items, the newest {@value #MAX_ITEMS} are read
 *       (one warning says so).
 *   <li>The article's URL is the page's canonical URL (else the item's link), tracking parameters
 *       stripped; its id is the host and a hash of that URL; its title and date are the item's,
 *       else the page's.
 *   <li>A failed fetch counts a failure in a row; the next fetch waits the interval doubled per
 *       failure (at most {@value #MAX_BACKOFF_HOURS} h), or the host's Retry-After when longer.
 *       After {@code brokenAfter} failures in a row the source is broken: reported once, then
 *       fetched once a day until it works.
 *   <li>The source's state (validators, counts, next fetch) is written after its items: a crash in
 *       between fetches the feed again, and its stored items count as duplicates.
 * </ul>
 */
final class SourcePoll {

  private static final Logger log = LoggerFactory.getLogger(SourcePoll.class);

  static final int MAX_ITEMS = 500;
  static final int FULL_TEXT_CHARS = 400;
  static final int FULL_SUMMARY_CHARS = 1500;
  static final int MAX_BACKOFF_HOURS = 6;
  static final Duration BROKEN_RETRY = Duration.ofDays(1);

  private final HttpFetcher fetcher;
  private final FeedParser parser;
  private final ArticleExtractor extractor;
  private final Ingestor ingestor;
  private final SourceTable sources;
  private final Clock clock;
  private final int brokenAfter;
  private final Consumer<BrokenSource> onBroken;
  private final WorkPermits work;

  /**
   * A source that just became broken.
   *
   * @param error the last failure's line
   */
  record BrokenSource(FeedSource source, int failures, String error) {}

  SourcePoll(
      HttpFetcher fetcher,
      FeedParser parser,
      ArticleExtractor extractor,
      Ingestor ingestor,
      SourceTable sources,
      Clock clock,
      int brokenAfter,
      Consumer<BrokenSource> onBroken,
      WorkPermits work) {
    this.fetcher = fetcher;
    this.parser = parser;
    this.extractor = extractor;
    this.ingestor = ingestor;
    this.sources = sources;
    this.clock = clock;
    this.brokenAfter = brokenAfter;
    this.onBroken = onBroken;
    this.work = work;
  }

  PollReport poll(FeedSource source) throws InterruptedException {
    URI url;
    try {
      url = URI.create(source.url());
    } catch (IllegalArgumentException e) {
      return failed(source, "invalid-url", source.url() + ": not a URL", Duration.ZERO);
    }
    FeedSource.FetchState s = source.state();
    Fetched fetched = fetcher.feed(url, new HttpFetcher.Validators(s.etag(), s.lastModified()));
    return switch (fetched) {
      case Fetched.NotModified n ->
          succeeded(source, "not-modified", s.etag(), s.lastModified(), new Counts());
      case Fetched.Failed f -> failed(source, f.outcome().word(), f.message(), f.retryAfter());
      case Fetched.Body body -> read(source, body);
      case Fetched.Redirect r -> throw new IllegalStateException("unfollowed redirect " + r);
    };
  }

  private PollReport read(FeedSource source, Fetched.Body body) throws InterruptedException {
    TextDecoding.Decoded text = TextDecoding.decode(body.bytes(), body.contentType());
    if (text.mismatch()) {
      log.warn(
          "feed {}: not valid {}; read as {}",
          source.url(),
          text.declared() == null ? "UTF-8" : text.declared(),
          text.charset());
    }
    Feed feed;
    try {
      feed = parser.parse(text.text());
    } catch (FeedFormatException e) {
      return failed(source, "not-a-feed", source.url() + ": " + e.getMessage(), Duration.ZERO);
    }
    List<FeedItem> items = newest(source, feed.items());
    Counts counts = new Counts();
    for (FeedItem item : items) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("poll of " + source.url() + " interrupted");
      }
      store(source, body.url(), item, counts);
    }
    return succeeded(source, "ok", body.etag(), body.lastModified(), counts);
  }

  private static List<FeedItem> newest(FeedSource source, List<FeedItem> items) {
    if (items.size() <= MAX_ITEMS) {
      return items;
    }
    log.warn("feed {} has {} items; reading the newest {}", source.url(), items.size(), MAX_ITEMS);
    List<FeedItem> sorted = new ArrayList<>(items);
    sorted.sort(
        Comparator.comparing(
            (FeedItem i) -> i.published() == null ? "" : i.published(), Comparator.reverseOrder()));
    return sorted.subList(0, MAX_ITEMS);
  }

  private static final class Counts {
    int added;
    int updated;
    int unchanged;
    int failed;
  }

  private void store(FeedSource source, URI feedUrl, FeedItem item, Counts counts)
      throws InterruptedException {
    Optional<String> link =
        CanonicalUrls.of(item.url() != null ? item.url() : item.guid(), feedUrl);
    if (link.isEmpty()) {
      counts.failed++;
      log.warn("feed {}: an item without a usable link ({})", source.url(), item.title());
      return;
    }
    String itemKey =
        item.guid() != null ? "guid:" + feedUrl.getHost() + "|" + item.guid() : "url:" + link.get();
    String fingerprint = fingerprint(item);
    if (sources.fingerprint(itemKey).filter(fingerprint::equals).isPresent()) {
      counts.unchanged++;
      return;
    }
    Optional<Article> article = article(source, item, link.get());
    if (article.isEmpty()) {
      counts.failed++;
      return;
    }
    List<String> aliases = new ArrayList<>();
    if (item.guid() != null) {
      aliases.add(itemKey);
    }
    if (!article.get().url().equals(link.get())) {
      aliases.add("url:" + link.get());
    }
    Ingestor.Stored stored =
        work.call(() -> ingestor.ingest(source.url() + " " + link.get(), article.get(), aliases));
    switch (stored.outcome()) {
      case INGESTED -> counts.added++;
      case UPDATED -> counts.updated++;
      case DUPLICATE -> counts.unchanged++;
      default -> {
        counts.failed++;
        log.error("feed {}: {}", source.url(), stored.problem());
        return;
      }
    }
    sources.remember(itemKey, fingerprint, stored.articleId());
  }

  /** The item as an article: its own full text, or its page's. Empty (logged) when neither. */
  private Optional<Article> article(FeedSource source, FeedItem item, String link)
      throws InterruptedException {
    String title = plain(item.title());
    String published = item.published();
    String url = link;
    String body = fullText(item);
    if (body == null) {
      Fetched page = fetcher.page(URI.create(link));
      if (!(page instanceof Fetched.Body html)) {
        log.error(
            "feed {}: page of item not fetched: {}",
            source.url(),
            page instanceof Fetched.Failed f ? f.message() : link + ": " + page);
        return Optional.empty();
      }
      ExtractedPage extracted =
          work.call(
              () ->
                  extractor.extract(
                      TextDecoding.decode(html.bytes(), html.contentType()).text(), html.url()));
      body = extracted.body();
      url = extracted.canonicalUrl();
      title = title != null ? title : extracted.title();
      published = published != null ? published : extracted.published();
    }
    if (body.isBlank()) {
      log.error("feed {}: no article text found at {}", source.url(), link);
      return Optional.empty();
    }
    return Optional.of(
        new Article(id(url), url, source.outlet(), title == null ? "" : title, published, body));
  }

  /** The item's own text when it is the whole article, one paragraph a line; else null. */
  static String fullText(FeedItem item) {
    String content = item.content() != null ? paragraphs(item.content()) : "";
    if (content.length() >= FULL_TEXT_CHARS) {
      return content;
    }
    String summary = item.summary() != null ? paragraphs(item.summary()) : "";
    return summary.length() >= FULL_SUMMARY_CHARS ? summary : null;
  }

  private static String paragraphs(String htmlOrText) {
    List<String> out = new ArrayList<>();
    for (Blocks.Paragraph p : Blocks.of(Jsoup.parseBodyFragment(htmlOrText).body())) {
      if (!Boilerplate.isBoilerplate(p)) {
        out.add(p.text());
      }
    }
    return String.join("\n", out);
  }

  private static String plain(String title) {
    if (title == null) {
      return null;
    }
    String t = title.contains("<") ? Jsoup.parseBodyFragment(title).text() : title;
    t = Blocks.clean(t);
    return t.isEmpty() ? null : t;
  }

  /** An article id from its URL: the host and 12 hex digits of the URL's hash. */
  static String id(String url) {
    String host = URI.create(url).getHost();
    host = host.startsWith("www.") ? host.substring(4) : host;
    return host + "-" + sha256(url).substring(0, 12);
  }

  static String fingerprint(FeedItem item) {
    return sha256(
        String.join(
            "\u0000",
            String.valueOf(item.title()),
            String.valueOf(item.url()),
            String.valueOf(item.published()),
            String.valueOf(item.updated()),
            String.valueOf(item.summary()),
            String.valueOf(item.content())));
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private PollReport succeeded(
      FeedSource source, String status, String etag, String lastModified, Counts c) {
    Instant now = clock.instant();
    FeedSource.FetchState before = source.state();
    int stored = c.added + c.updated;
    sources.record(
        source.id(),
        new FeedSource.FetchState(
            etag,
            lastModified,
            now,
            status,
            c.failed > 0 ? c.failed + " items not stored" : null,
            stored,
            before.totalItems() + stored,
            0,
            before.errors(),
            now.plus(source.every()),
            false));
    return new PollReport(source.url(), status, c.added, c.updated, c.unchanged, c.failed, null);
  }

  private PollReport failed(FeedSource source, String status, String error, Duration retryAfter) {
    log.error("feed {} failed: {}", source.url(), error);
    Instant now = clock.instant();
    FeedSource.FetchState before = source.state();
    int failures = before.failures() + 1;
    boolean broken = failures >= brokenAfter;
    Duration wait = broken ? BROKEN_RETRY : backoff(source.every(), failures);
    if (retryAfter.compareTo(wait) > 0) {
      wait = retryAfter;
    }
    sources.record(
        source.id(),
        new FeedSource.FetchState(
            before.etag(),
            before.lastModified(),
            now,
            status,
            error,
            0,
            before.totalItems(),
            failures,
            before.errors() + 1,
            now.plus(wait),
            broken));
    if (broken && !before.broken()) {
      onBroken.accept(new BrokenSource(source, failures, error));
    }
    return new PollReport(source.url(), status, 0, 0, 0, 0, error);
  }

  static Duration backoff(Duration every, int failures) {
    Duration wait = every.multipliedBy(1L << Math.min(failures, 10));
    Duration max = Duration.ofHours(MAX_BACKOFF_HOURS);
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
