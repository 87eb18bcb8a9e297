package org.naba.config;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Naba's settings, resolved from {@code config/naba.properties}, the environment and flags.
 *
 * @param dataDir folder holding the SQLite store ({@code naba.db}) and the Lucene index ({@code
 *     index/})
 * @param seedsDir articles ingested when the store is empty
 * @param outletsFile outlets and their aliases
 * @param maxAnswers answers returned per question
 * @param telegramApiUrl base URL of the Telegram Bot API
 * @param adminIds Telegram user ids allowed to run admin commands
 * @param digest when and how daily digests are sent
 * @param confidence how sure Naba must be to answer
 * @param operations how the bot runs: updates in, sends out, the admin endpoint
 * @param feeds how Naba follows the outlets' feeds
 * @param store where the store, the bot ledger and the subscriptions live
 * @param search where the searchable units live: the embedded index or OpenSearch
 */
public record NabaConfig(
    Path dataDir,
    Path seedsDir,
    Path outletsFile,
    int maxAnswers,
    URI telegramApiUrl,
    Set<Long> adminIds,
    Digest digest,
    Confidence confidence,
    Operations operations,
    Feeds feeds,
    StoreSettings store,
    SearchSettings search) {

  /**
   * How the bot runs.
   *
   * @param telegramMode {@code polling} or {@code webhook}
   * @param webhookUrl the public HTTPS URL Telegram posts updates to, or {@code null}
   * @param webhookListen the local address the webhook listens on
   * @param adminListen where {@code /healthz}, {@code /readyz} and {@code /metrics} are served, or
   *     {@code null} (off)
   * @param sendTimeout how long a written request waits for Telegram's answer
   */
  public record Operations(
      String telegramMode,
      URI webhookUrl,
      InetSocketAddress webhookListen,
      InetSocketAddress adminListen,
      Duration sendTimeout) {

    /** Long polling, no admin endpoint, 30 s for Telegram's answer (for tests and tools). */
    public static Operations defaults() {
      return new Operations(
          "polling", null, new InetSocketAddress(8443), null, Duration.ofSeconds(30));
    }

    public boolean webhook() {
      return "webhook".equals(telegramMode);
    }
  }

  /**
   * Where the store, the bot ledger and the digest subscriptions live.
   *
   * @param url empty: SQLite files in the data folder ({@code naba.db}, {@code telegram.db}); or
   *     {@code jdbc:postgresql://HOST:PORT/DATABASE}, all three in that database
   * @param user the PostgreSQL user (empty: the URL's or the driver's default)
   * @param password the PostgreSQL password (empty: none); never printed
   */
  public record StoreSettings(String url, String user, String password) {

    /** SQLite in the data folder. */
    public static StoreSettings defaults() {
      return new StoreSettings("", "", "");
    }

    public boolean isPostgres() {
      return !url.isEmpty();
    }

    /** Without the password, and the URL without credentials or parameters. */
    @Override
    public String toString() {
      return "StoreSettings[url="
          + (isPostgres() ? org.naba.database.PostgresDatabase.redacted(url) : "(SQLite)")
          + ", user="
          + user
          + "]";
    }
  }

  /**
   * Where the searchable units live.
   *
   * @param backend {@code embedded} (the Lucene index in the data folder) or {@code opensearch}
   * @param url the OpenSearch cluster, {@code http(s)://HOST:PORT} (opensearch only)
   * @param index the OpenSearch index name, an alias over the concrete index that a rebuild swaps
   * @param shards primary shards of a new OpenSearch index (search runs dfs_query_then_fetch, so
   *     BM25's statistics are the whole index's whatever the number)
   */
  public record SearchSettings(String backend, URI url, String index, int shards) {

    /** The embedded index. */
    public static SearchSettings defaults() {
      return new SearchSettings("embedded", null, "naba-units", 1);
    }

    public boolean openSearch() {
      return "opensearch".equals(backend);
    }
  }

  /**
   * How Naba follows the outlets' feeds.
   *
   * @param sourcesFile the sources a new data folder starts with, and per-outlet extraction rules;
   *     {@code null} for none
   * @param every how often a source added without an interval is fetched
   * @param hostDelay the least time between two requests to one host
   * @param brokenAfter failed fetches in a row after which a source is broken (and reported)
   * @param allowPrivateAddresses whether URLs may reach private, loopback and link-local addresses
   *     (tests; never for URLs that people send)
   * @param maxBytes the largest response body read (after decompression)
   * @param poll whether {@code naba serve} polls the due sources
   */
  public record Feeds(
      Path sourcesFile,
      Duration every,
      Duration hostDelay,
      int brokenAfter,
      boolean allowPrivateAddresses,
      long maxBytes,
      boolean poll) {

    /** No sources file; every minute, 1 s between requests to a host, broken after 10. */
    public static Feeds defaults() {
      return new Feeds(
          null, Duration.ofMinutes(1), Duration.ofSeconds(1), 10, false, 10_000_000, true);
    }

    public Feeds withAllowPrivateAddresses(boolean allow) {
      return new Feeds(sourcesFile, every, hostDelay, brokenAfter, allow, maxBytes, poll);
    }

    public Feeds withHostDelay(Duration delay) {
      return new Feeds(
          sourcesFile, every, delay, brokenAfter, allowPrivateAddresses, maxBytes, poll);
    }

    public Feeds withEvery(Duration interval) {
      return new Feeds(
          sourcesFile, interval, hostDelay, brokenAfter, allowPrivateAddresses, maxBytes, poll);
    }

    public Feeds withSourcesFile(Path file) {
      return new Feeds(file, every, hostDelay, brokenAfter, allowPrivateAddresses, maxBytes, poll);
    }
  }

  /**
   * How sure Naba must be, as the probability that its first answer answers the question.
   *
   * @param sureAt from this confidence the first answer is given as the answer
   * @param relatedAt below this confidence nothing counts as close; between the two, the closest
   *     statements are shown as not an answer (in private chats only)
   * @param today what "today" is for a question's time words (اليوم، أمس، الشهر الماضي): {@code
   *     latest}, the newest article's day (right for a corpus of the past, and for live news);
   *     {@code now}, the machine's date; or a fixed date {@code YYYY-MM-DD}
   */
  public record Confidence(double sureAt, double relatedAt, String today) {

    /** The defaults of config/naba.properties (docs/CONFIDENCE.md says how they were chosen). */
    public static Confidence defaults() {
      return new Confidence(0.5, 0.05, "latest");
    }
  }

  /**
   * Daily digest settings.
   *
   * @param time default local time of a new subscription
   * @param zone default zone of a new subscription
   * @param size statements per digest at most
   * @param emptyNote one line sent when a chat has nothing new; empty for no message
   */
  public record Digest(LocalTime time, ZoneId zone, int size, String emptyNote) {

    /** 08:00 in Baghdad, five statements, no message when there is nothing new. */
    public static Digest defaults() {
      return new Digest(LocalTime.of(8, 0), ZoneId.of("Asia/Baghdad"), 5, "");
    }
  }

  public NabaConfig {
    adminIds = Set.copyOf(adminIds);
  }

  /** Settings with the default digest settings. */
  public NabaConfig(
      Path dataDir,
      Path seedsDir,
      Path outletsFile,
      int maxAnswers,
      URI telegramApiUrl,
      Set<Long> adminIds) {
    this(
        dataDir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        Digest.defaults(),
        Confidence.defaults(),
        Operations.defaults(),
        Feeds.defaults(),
        StoreSettings.defaults(),
        SearchSettings.defaults());
  }

  /** The same settings with {@code ops} for how the bot runs. */
  public NabaConfig withOperations(Operations ops) {
    return new NabaConfig(
        dataDir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        digest,
        confidence,
        ops,
        feeds,
        store,
        search);
  }

  public Path storeFile() {
    return dataDir.resolve("naba.db");
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public NabaConfig withDataDir(Path dir) {
    return new NabaConfig(
        dir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        digest,
        confidence,
        operations,
        feeds,
        store,
        search);
  }

  /** The same settings with {@code sure} for how sure Naba must be to answer. */
  public NabaConfig withConfidence(Confidence sure) {
    return new NabaConfig(
        dataDir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        digest,
        sure,
        operations,
        feeds,
        store,
        search);
  }

  public NabaConfig withFeeds(Feeds settings) {
    return new NabaConfig(
        dataDir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        digest,
        confidence,
        operations,
        settings,
        store,
        search);
  }

  /** The same settings with {@code settings} for where the searchable units live. */
  public NabaConfig withSearch(SearchSettings settings) {
    return new NabaConfig(
        dataDir,
        seedsDir,
        outletsFile,
        maxAnswers,
        telegramApiUrl,
        adminIds,
        digest,
        confidence,
        operations,
        feeds,
        store,
        settings);
  }
}
