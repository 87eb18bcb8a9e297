package org.naba.feeds;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.naba.config.NabaConfig;
import org.naba.ingest.Ingestor;
import org.naba.ingest.OutletDirectory;
import org.naba.store.FeedSource;
import org.naba.store.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Naba following the outlets: the sources it keeps in the store, and their polling.
 *
 * <p>{@link #pollDue()} polls every due source once and waits ({@code naba feeds poll --once});
 * {@link #start()} polls due sources on its own named thread ({@code naba-feeds}) until closed,
 * each source's poll on a thread of the poll executor (a poll mostly waits for its hosts, so
 * requests, not polls, are limited: {@link HttpFetcher}), never two polls of one source at a time.
 * Polling never stops on one source's failure.
 */
public final class FeedFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(FeedFollower.class);

  /**
   * What adding a source did.
   *
   * @param added whether it is new (else it was already followed, and is unchanged)
   */
  public record Added(FeedSource source, boolean added) {}

  private final SourceTable sources;
  private final OutletDirectory outlets;
  private final NabaConfig.Feeds settings;
  private final HttpFetcher fetcher;
  private final SourcePoll poll;
  private final Clock clock;
  private final ExecutorService polls;
  private final Duration tick;
  private final Runnable onStored;
  private final List<Consumer<String>> alerts = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  private volatile Thread loop;
  private volatile boolean closing;
  private final WorkPermits work = WorkPermits.halfTheCores();

  /**
   * @param polls runs each source's poll; owned by this follower from now on
   * @param tick how often the loop looks for due sources
   * @param onStored runs after a poll that stored something (to index it at once)
   */
  public FeedFollower(
      SourceTable sources,
      Ingestor ingestor,
      OutletDirectory outlets,
      NabaConfig.Feeds settings,
      ExtractionRules rules,
      HttpFetcher fetcher,
      Clock clock,
      ExecutorService polls,
      Duration tick,
      Runnable onStored) {
    this.sources = sources;
    this.outlets = outlets;
    this.settings = settings;
    this.fetcher = fetcher;
    this.clock = clock;
    this.polls = polls;
    this.tick = tick;
    this.onStored = onStored;
    this.poll =
        new SourcePoll(
            fetcher,
            new FeedParser(),
            new ArticleExtractor(rules),
            ingestor,
            sources,
            clock,
            settings.brokenAfter(),
            broken -> {
              String line = FeedTexts.broken(broken);
              alerts.forEach(a -> a.accept(line));
            },
            work);
  }

  /** Adds a listener that hears one line (in Arabic, naming the URL) when a source breaks. */
  public void onBroken(Consumer<String> listener) {
    alerts.add(listener);
  }

  /** The id of the article stored from the page at {@code url} (its canonical URL). */
  public static String articleId(String url) {
    return SourcePoll.id(url);
  }

  /** A poll executor of named virtual threads ({@code naba-feeds-poll-N}). */
  public static ExecutorService pollThreads() {
    return Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("naba-feeds-poll-", 1).factory());
  }

  /** Fetches by outcome, for the metrics. */
  public FetchCounts counts() {
    return fetcher.counts();
  }

  // --- the sources ---

  /**
   * Follows {@code url}.
   *
   * @param outlet a name or alias of config/outlets.json, or {@code null} to take the outlet whose
   *     alias is the URL's host (rudaw.net), if any
   * @param every its interval, or {@code null} for feeds.every
   * @throws IllegalArgumentException naming the URL when it cannot be followed
   */
  public Added add(String url, String outlet, Duration every) {
    String checked = checkedUrl(url);
    String name = outlet != null ? outlets.displayName(outlet) : outletOfHost(checked);
    Duration interval = every != null ? every : settings.every();
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("--every must be positive, got " + interval);
    }
    Optional<FeedSource> added = sources.add(checked, name, interval, clock.instant());
    return added
        .map(s -> new Added(s, true))
        .orElseGet(() -> new Added(sources.byUrl(checked).orElseThrow(), false));
  }

  /** Stops following {@code url}; whether it was followed. */
  public boolean remove(String url) {
    return sources.remove(url.strip());
  }

  /** Turns a source on or off; whether it is followed. */
  public boolean enable(String url, boolean on) {
    return sources.enable(url.strip(), on);
  }

  public List<FeedSource> list() {
    return sources.all();
  }

  /** Adds the sources of an OPML file; the number added (the others were followed already). */
  public int importOpml(String opml) {
    int added = 0;
    for (Opml.Outline o : Opml.read(opml)) {
      if (add(o.url(), outletOfTitle(o.title()), null).added()) {
        added++;
      }
    }
    return added;
  }

  public String exportOpml() {
    return Opml.write(sources.all());
  }

  /** Adds the sources of {@code file} (a new data folder's); the number added. */
  public int seed(SourcesFile file) {
    int added = 0;
    for (SourcesFile.Entry e : file.sources()) {
      Added a = add(e.url(), e.outlet(), e.every());
      if (a.added()) {
        added++;
        if (!e.enabled()) {
          sources.enable(a.source().url(), false);
        }
      }
    }
    return added;
  }

  /**
   * The URL as followed: http(s), with a host, no credentials, and not an address that must not be
   * reached.
   *
   * @throws IllegalArgumentException naming the URL otherwise
   */
  String checkedUrl(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + url + "' is not an http(s) URL");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          uri.getScheme()
              + "://"
              + uri.getHost()
              + "/…: a user name or password in a feed URL is refused (it would be stored,"
              + " listed and logged)");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (!settings.allowPrivateAddresses()
        && (host.equals("localhost") || host.endsWith(".localhost") || privateLiteral(host))) {
      throw new IllegalArgumentException(
          url
              + ": a private, loopback or link-local address; refused unless"
              + " feeds.allow-private-addresses=true");
    }
    return uri.toString();
  }

  private static boolean privateLiteral(String host) {
    if (!(host.startsWith("[") || host.matches("[0-9.]+"))) {
      return false;
    }
    try {
      return PrivateAddresses.isPrivate(InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private String outletOfHost(String url) {
    String host = URI.create(url).getHost();
    host = host.startsWith("www.") ? host.substring(4) : host;
    return outlets.canonical(host).orElse(null);
  }

  private String outletOfTitle(String title) {
    return title == null ? null : outlets.canonical(title).orElse(title);
  }

  // --- polling ---

  /** Polls every due source once, in parallel, and waits for them all. */
  public List<PollReport> pollDue() throws InterruptedException {
    List<Future<PollReport>> running = new ArrayList<>();
    for (FeedSource s : sources.due(clock.instant())) {
      if (inFlight.add(s.id())) {
        running.add(polls.submit(() -> pollOne(s)));
      }
    }
    List<PollReport> reports = new ArrayList<>();
    for (Future<PollReport> f : running) {
      try {
        reports.add(f.get());
      } catch (ExecutionException e) {
        log.error("a poll failed unexpectedly: {}", e.getCause().toString(), e.getCause());
      }
    }
    return reports;
  }

  /** Starts polling due sources on the {@code naba-feeds} thread. */
  public synchronized void start() {
    if (loop != null) {
      throw new IllegalStateException("already polling");
    }
    loop = Thread.ofPlatform().name("naba-feeds").daemon().start(this::run);
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        for (FeedSource s : sources.due(clock.instant())) {
          if (inFlight.add(s.id())) {
            polls.execute(() -> pollOne(s));
          }
        }
        Thread.sleep(tick.toMillis());
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.error("cannot read the due sources (will try again): {}", e.toString(), e);
        try {
          Thread.sleep(tick.toMillis());
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  private PollReport pollOne(FeedSource source) {
    try {
      PollReport report = poll.poll(source);
      if (report.added() + report.updated() > 0) {
        work.call(
            () -> {
              onStored.run(); // indexing is CPU work too
              return null;
            });
      }
      return report;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new PollReport(source.url(), "interrupted", 0, 0, 0, 0, "interrupted");
    } catch (RuntimeException e) {
      if (closing) {
        // a poll the shutdown cut short (the store closed under it); its article transactions
        // either committed or rolled back, and the next start fetches the rest again
        log.info("feed {}: poll stopped by the shutdown", source.url());
        return new PollReport(source.url(), "interrupted", 0, 0, 0, 0, "interrupted");
      }
      log.error("feed {}: poll failed: {}", source.url(), e.toString(), e);
      return new PollReport(source.url(), "error", 0, 0, 0, 0, e.toString());
    } finally {
      inFlight.remove(source.id());
    }
  }

  @Override
  public void close() {
    closing = true;
    Thread t = loop;
    if (t != null) {
      t.interrupt();
      try {
        t.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    polls.shutdownNow();
    try {
      polls.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    fetcher.close();
  }
}
