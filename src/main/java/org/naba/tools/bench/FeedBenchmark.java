package org.naba.tools.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.naba.answer.Answer;
import org.naba.cli.Naba;
import org.naba.config.NabaConfig;
import org.naba.feeds.FeedFollower;
import org.naba.store.FeedSource;
import org.naba.tools.feeds.FeedWriter;
import org.naba.tools.feeds.LoopbackServer;
import org.naba.tools.feeds.NewsItem;
import org.naba.tools.feeds.NewsItems;
import org.naba.tools.feeds.OutletTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code naba bench --feeds}: {@value #SOURCES} RSS sources of {@value #ITEMS} real articles each
 * (summaries in the feed, the text on pages in outlet templates that answer after {@value
 * #PAGE_LATENCY_MS} ms), each source on its own loopback address (127.0.0.2 and up: its own host to
 * the fetcher's per-host delay), followed by the data folder's own {@link Naba#feeds()} with the
 * default settings (feeds.every, feeds.host-delay) as {@code naba serve} follows them.
 *
 * <ol>
 *   <li>The first load: items/s from the start of polling until every source was read once, and
 *       {@code ask} latency over the questions meanwhile (beside the same questions before it).
 *   <li>Freshness: {@value #PROBES} new articles put into random feeds at random moments over one
 *       interval; for each, the time from its appearing in its feed to Naba's answer to a question
 *       taken from it naming it (as its source, or among the outlets reporting the same statement).
 *   <li>{@link #loadMore()} puts {@value #ITEMS} more articles into every feed, for the bot's
 *       figures under {@code naba serve}'s own polling.
 * </ol>
 *
 * <p>The server stays up until {@link #close()}; the data folder must not be open elsewhere.
 */
final class FeedBenchmark implements AutoCloseable {

  static final int SOURCES = 200;
  static final int ITEMS = 50;
  static final int PAGE_LATENCY_MS = 20;
  static final int PROBES = 20;
  static final Duration PROBE_TIMEOUT = Duration.ofMinutes(3);
  private static final Logger log = LoggerFactory.getLogger(FeedBenchmark.class);

  private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(15);

  /**
   * The figures.
   *
   * @param loadSeconds from the start of polling until every source was read once
   * @param articlesStored articles the first load stored (the same text twice is stored once)
   * @param latencySeconds seconds from each answered probe's appearing to its answer, sorted
   * @param missed probes not answered within {@link #PROBE_TIMEOUT}
   * @param askIdleNanos {@code ask} over the questions before polling, sorted
   * @param askDuringNanos {@code ask} over the questions, one after another (cycling) during the
   *     first load, sorted
   * @param fetches fetches by outcome
   */
  record Figures(
      int items,
      double loadSeconds,
      long articlesStored,
      List<Double> latencySeconds,
      int missed,
      long[] askIdleNanos,
      long[] askDuringNanos,
      Map<String, Long> fetches) {

    double itemsPerSecond() {
      return items / loadSeconds;
    }
  }

  private final NabaConfig config;
  private final List<NewsItem> articles;
  private final LoopbackServer server;
  private final Map<Integer, List<FeedWriter.Item>> feeds = new ConcurrentHashMap<>();
  private int published;

  /**
   * Starts the server with the first load's feeds and pages, from the articles of {@code corpus}
   * (another corpus than the store's, so that none is a duplicate of a stored one).
   *
   * @param config the data folder's settings; private addresses are allowed for the loopback ones
   */
  FeedBenchmark(NabaConfig config, Path corpus) {
    this.config =
        config.withFeeds(config.feeds().withAllowPrivateAddresses(true).withSourcesFile(null));
    int needed = 2 * SOURCES * ITEMS + PROBES;
    // one article per text: the store keeps a repeated text once, under the first URL, so a probe
    // repeating one would never be answered under its own link
    Set<List<String>> texts = new HashSet<>();
    this.articles =
        NewsItems.read(corpus, needed + needed / 5, 1).stream()
            .filter(a -> texts.add(a.paragraphs()))
            .limit(needed)
            .toList();
    if (articles.size() < needed) {
      throw new IllegalArgumentException(
          corpus
              + " has "
              + articles.size()
              + " articles with a URL, a title and two paragraphs; the feeds benchmark needs "
              + needed);
    }
    this.server = new LoopbackServer(addresses());
    for (int s = 0; s < SOURCES; s++) {
      feeds.put(s, new CopyOnWriteArrayList<>());
      serveFeed(s);
    }
    for (int i = 0; i < ITEMS; i++) {
      for (int s = 0; s < SOURCES; s++) {
        feeds.get(s).add(publish(s));
      }
    }
  }

  /** The settings the benchmark follows its sources with (serve them to the bot's benchmark). */
  NabaConfig config() {
    return config;
  }

  private static List<InetAddress> addresses() {
    List<InetAddress> out = new ArrayList<>();
    for (int s = 0; s < SOURCES; s++) {
      try {
        out.add(
            InetAddress.getByAddress(new byte[] {127, 0, (byte) ((s + 2) >> 8), (byte) (s + 2)}));
      } catch (UnknownHostException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private String origin(int source) {
    return "http://127.0."
        + ((source + 2) >> 8)
        + "."
        + ((source + 2) & 0xff)
        + ":"
        + server.port();
  }

  private void serveFeed(int source) {
    server.route(
        "/s" + source + "/rss.xml",
        ex -> {
          byte[] rss =
              FeedWriter.rss("مصدر " + source, feeds.get(source)).getBytes(StandardCharsets.UTF_8);
          String etag = "\"" + Arrays.hashCode(rss) + "\"";
          if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(ex, 304, null, new byte[0]);
            return;
          }
          ex.getResponseHeaders().set("ETag", etag);
          LoopbackServer.send(ex, 200, "application/rss+xml; charset=utf-8", rss);
        });
  }

  /** Serves the next article's page on {@code source}; its feed item (not yet in the feed). */
  private synchronized FeedWriter.Item publish(int source) {
    int n = published++;
    NewsItem article = articles.get(n);
    String path = "/s" + source + "/news/" + n + ".html";
    String url = origin(source) + path;
    NewsItem served =
        new NewsItem(article.id(), url, article.title(), article.published(), article.paragraphs());
    int template = OutletTemplates.fitsWindows1256(served) ? n % OutletTemplates.COUNT : n % 3;
    OutletTemplates.Page page = OutletTemplates.render(template, served, List.of(), url);
    server.route(
        path,
        ex -> {
          try {
            Thread.sleep(PAGE_LATENCY_MS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          LoopbackServer.send(ex, 200, page.contentType(), page.bytes());
        });
    String summary = served.paragraphs().get(0);
    return new FeedWriter.Item(
        "bench-" + n,
        url,
        served.title(),
        served.published() != null && served.published().length() > 10 ? served.published() : null,
        summary.substring(0, Math.min(120, summary.length())));
  }

  /** The first load and the probes, on the data folder of the settings. */
  Figures run(List<String> questions) throws InterruptedException {
    try (Naba naba = Naba.open(config)) {
      for (int s = 0; s < SOURCES; s++) {
        naba.feeds().add(origin(s) + "/s" + s + "/rss.xml", null, null);
      }
      AskTimes.of(naba.answerer(), questions); // warm-up
      long[] idle = AskTimes.of(naba.answerer(), questions);
      long before = naba.store().articleCount();
      long t0 = System.nanoTime();
      naba.feeds().start();
      AtomicLong loadedAt = new AtomicLong();
      Thread watcher =
          Thread.ofVirtual()
              .name("bench-load-watch")
              .start(() -> loadedAt.set(awaitFirstLoad(naba, t0)));
      List<Long> during = new ArrayList<>();
      for (int i = 0; watcher.isAlive(); i++) {
        long s = System.nanoTime();
        naba.answerer().ask(questions.get(i % questions.size()));
        during.add(System.nanoTime() - s);
      }
      watcher.join();
      if (loadedAt.get() == 0) {
        throw new IllegalStateException(
            "the feeds benchmark's sources were not all read in " + LOAD_TIMEOUT);
      }
      double loadSeconds = (loadedAt.get() - t0) / 1e9;
      long stored = naba.store().articleCount() - before;
      List<Double> latencies = probes(naba);
      Map<String, Long> fetches = new LinkedHashMap<>();
      naba.feeds().counts().snapshot().forEach((k, v) -> fetches.put(k.word(), v));
      long[] duringNanos = during.stream().mapToLong(Long::longValue).sorted().toArray();
      List<Double> answered = latencies.stream().filter(l -> l >= 0).sorted().toList();
      return new Figures(
          SOURCES * ITEMS,
          loadSeconds,
          stored,
          answered,
          latencies.size() - answered.size(),
          idle,
          duringNanos,
          fetches);
    }
  }

  /** Puts {@value #ITEMS} more articles into every feed; how many. */
  int loadMore() {
    for (int i = 0; i < ITEMS; i++) {
      for (int s = 0; s < SOURCES; s++) {
        feeds.get(s).add(publish(s));
      }
    }
    return SOURCES * ITEMS;
  }

  /** When every enabled source was read once (nanoTime), checked every 50 ms; 0 on timeout. */
  private static long awaitFirstLoad(Naba naba, long t0) {
    try {
      while (!allRead(naba)) {
        if (System.nanoTime() - t0 > LOAD_TIMEOUT.toNanos()) {
          return 0;
        }
        Thread.sleep(50);
      }
      return System.nanoTime();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static boolean allRead(Naba naba) {
    for (FeedSource s : naba.store().sources().all()) {
      if (s.enabled() && s.state().lastFetchAt() == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts each probe into a random feed at a random moment of one interval; the seconds from then to
   * an answer naming it (-1 for none within {@link #PROBE_TIMEOUT}).
   */
  private List<Double> probes(Naba naba) throws InterruptedException {
    Random random = new Random(16);
    long window = config.feeds().every().toMillis();
    List<Double> latencies = new CopyOnWriteArrayList<>();
    List<Thread> watchers = new ArrayList<>();
    for (int p = 0; p < PROBES; p++) {
      int source = random.nextInt(SOURCES);
      long at = (long) (random.nextDouble() * window);
      watchers.add(
          Thread.ofVirtual()
              .name("bench-probe-" + p)
              .start(() -> latencies.add(probe(naba, source, at))));
    }
    for (Thread t : watchers) {
      t.join();
    }
    return List.copyOf(latencies);
  }

  private double probe(Naba naba, int source, long atMillis) {
    try {
      Thread.sleep(atMillis);
      FeedWriter.Item item = publish(source);
      String question = question(articles.get(Integer.parseInt(item.guid().substring(6))));
      long t = System.nanoTime();
      feeds.get(source).add(item);
      while (System.nanoTime() - t < PROBE_TIMEOUT.toNanos()) {
        for (Answer a : naba.answerer().ask(question).answers()) {
          if (names(a, item)) {
            return (System.nanoTime() - t) / 1e9;
          }
        }
        Thread.sleep(500);
      }
      logMiss(naba, item, question);
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /**
   * True when {@code a} names the probe's article: as its source, or among the outlets that report
   * the same statement (a wire story another outlet published first is answered from that copy).
   */
  private static boolean names(Answer a, FeedWriter.Item item) {
    String id = FeedFollower.articleId(item.link());
    return item.link().equals(a.article().url())
        || a.alsoReportedBy().stream().anyMatch(s -> s.articleId().equals(id));
  }

  /** Why a probe was not answered: whether its article was stored, and what was answered. */
  private static void logMiss(Naba naba, FeedWriter.Item item, String question) {
    String id = FeedFollower.articleId(item.link());
    boolean stored = naba.store().byId(id).isPresent();
    List<String> answered = new ArrayList<>();
    for (Answer a : naba.answerer().ask(question).answers()) {
      answered.add(
          a.article().id()
              + (a.alsoReportedBy().isEmpty()
                  ? ""
                  : " (also "
                      + a.alsoReportedBy().stream().map(s -> s.articleId()).toList()
                      + ")"));
    }
    log.warn(
        "probe {} ({}) not answered: stored as {}: {}; answers: {}",
        item.link(),
        question,
        id,
        stored,
        answered);
  }

  /** A question the article answers: its first paragraph's first sixteen words. */
  static String question(NewsItem article) {
    String[] words = article.paragraphs().get(0).split("\\s+");
    return String.join(" ", Arrays.copyOf(words, Math.min(16, words.length)));
  }

  @Override
  public void close() {
    server.close();
  }
}
