package org.naba.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.naba.answer.Answerer;
import org.naba.answer.ConfidenceModel;
import org.naba.answer.NewestArticleDay;
import org.naba.config.ConfigException;
import org.naba.config.NabaConfig;
import org.naba.dialogue.ChatAdmins;
import org.naba.dialogue.Dialogue;
import org.naba.dialogue.DialogueSettings;
import org.naba.dialogue.QuestionLog;
import org.naba.digest.SubscriptionCommands;
import org.naba.digest.Subscriptions;
import org.naba.feeds.FeedCommands;
import org.naba.feeds.FeedFollower;
import org.naba.feeds.FetchPolicy;
import org.naba.feeds.HttpFetcher;
import org.naba.feeds.SourcesFile;
import org.naba.ingest.ArticleAnalysis;
import org.naba.ingest.IngestReport;
import org.naba.ingest.Ingestor;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Sources;
import org.naba.metrics.NabaMetrics;
import org.naba.quotes.QuoteExtractor;
import org.naba.search.OpenSearchIndex;
import org.naba.search.SentenceIndex;
import org.naba.search.UnitIndex;
import org.naba.search.UnitSchema;
import org.naba.store.Store;
import org.naba.stories.Stories;
import org.naba.stories.StoryPlacement;
import org.naba.stories.StoryTuning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production wiring: store, index and answerer over one data folder. Tests and the tools
 * (evaluation, benchmarks) reuse exactly this wiring. Closing it closes everything it opened.
 */
public final class Naba implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Naba.class);

  private final NabaConfig config;
  private final Store store;
  private final UnitSchema schema;
  private final UnitIndex index;
  private final Answerer answerer;
  private final Stories stories;
  private final StoryPlacement placement;
  private final FeedFollower feeds;

  private Naba(
      NabaConfig config,
      Store store,
      UnitSchema schema,
      UnitIndex index,
      Stories stories,
      Supplier<ConfidenceModel> model) {
    this.config = config;
    this.store = store;
    this.schema = schema;
    this.index = index;
    this.stories = stories;
    this.placement = new StoryPlacement(stories::catchUp);
    // a feed's new items are answerable once indexed; their stories follow on their own thread
    this.feeds =
        feeds(
            config,
            store,
            () -> {
              index.catchUp(store);
              placement.request();
            });
    this.answerer =
        new Answerer(
            index,
            store,
            config.maxAnswers(),
            model.get(),
            config.confidence().sureAt(),
            config.confidence().relatedAt(),
            today(config.confidence().today(), store));
  }

  /**
   * Opens the data folder (creating it and ingesting the seeds on first run) and brings the index
   * up to date with the store.
   */
  public static Naba open(NabaConfig config) {
    return open(config, ConfidenceModel::bundled);
  }

  /**
   * As {@link #open(NabaConfig)}, answering with {@code model}'s confidences: {@code naba
   * train-confidence} opens it with {@link ConfidenceModel#untrained()}, as it reads no model and
   * rebuilds a stale one.
   */
  public static Naba open(NabaConfig config, Supplier<ConfidenceModel> model) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create data folder " + config.dataDir() + ": " + e.getMessage(), e);
    }
    Store store = Databases.store(config);
    UnitSchema schema = null;
    try {
      if (store.articleCount() == 0) {
        log.info("new data folder {}: ingesting {}", config.dataDir(), config.seedsDir());
        IngestReport report = ingestor(config, store).ingest(List.of(config.seedsDir()));
        log.info("seeds: {}", report.summary());
        seedSources(config, store);
      }
      schema = new UnitSchema();
      UnitIndex index = openIndex(config, schema);
      int added;
      try {
        added = index.catchUp(store);
      } catch (RuntimeException e) {
        index.close();
        throw e;
      }
      if (added > 0) {
        log.info("indexed {} new articles", added);
      }
      Stories stories = new Stories(store, StoryTuning.defaults());
      int placed = stories.catchUp();
      if (placed > 0) {
        log.info("placed {} new articles in stories", placed);
      }
      return new Naba(config, store, schema, index, stories, model);
    } catch (RuntimeException e) {
      if (schema != null) {
        schema.close();
      }
      store.close();
      throw e;
    }
  }

  /**
   * The index of units that {@code search.backend} names: the embedded Lucene index in the data
   * folder, or the OpenSearch index {@code search.index} at {@code search.url}.
   */
  public static UnitIndex openIndex(NabaConfig config, UnitSchema schema) {
    NabaConfig.SearchSettings search = config.search();
    if (search.openSearch()) {
      return OpenSearchIndex.open(search.url(), search.index(), search.shards(), schema);
    }
    return SentenceIndex.open(config.indexDir(), schema);
  }

  /** An ingestor writing to {@code store}, with the configured outlets. */
  public static Ingestor ingestor(NabaConfig config, Store store) {
    return new Ingestor(
        store,
        new Sources(OutletDirectory.load(config.outletsFile())),
        new ArticleAnalysis(new QuoteExtractor()));
  }

  /**
   * The feed follower over {@code store}: the configured outlets, extraction rules and fetch
   * settings; {@code onStored} runs after a poll stored articles.
   */
  public static FeedFollower feeds(NabaConfig config, Store store, Runnable onStored) {
    return new FeedFollower(
        store.sources(),
        ingestor(config, store),
        OutletDirectory.load(config.outletsFile()),
        config.feeds(),
        sourcesFile(config).rules(),
        new HttpFetcher(FetchPolicy.of(config.feeds())),
        Clock.systemUTC(),
        FeedFollower.pollThreads(),
        FEEDS_TICK,
        onStored);
  }

  /** How often a polling Naba looks for due sources. */
  static final java.time.Duration FEEDS_TICK = java.time.Duration.ofSeconds(1);

  /** A new data folder follows the sources of {@code feeds.sources}. */
  private static void seedSources(NabaConfig config, Store store) {
    SourcesFile file = sourcesFile(config);
    if (file.sources().isEmpty()) {
      return;
    }
    try (FeedFollower follower = feeds(config, store, () -> {})) {
      log.info("sources: following {} from {}", follower.seed(file), config.feeds().sourcesFile());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(config.feeds().sourcesFile() + ": " + e.getMessage());
    }
  }

  private static SourcesFile sourcesFile(NabaConfig config) {
    try {
      return SourcesFile.load(config.feeds().sourcesFile());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /**
   * The corpus's "today" for a question's time words: the newest article's day ({@code latest},
   * read again when the store grows), the machine's date ({@code now}), or a fixed date.
   */
  static Supplier<LocalDate> today(String setting, Store store) {
    return switch (setting) {
      case "now" -> () -> LocalDate.now(java.time.ZoneOffset.UTC);
      case "latest" -> new NewestArticleDay(store);
      default -> {
        LocalDate fixed = LocalDate.parse(setting);
        yield () -> fixed;
      }
    };
  }

  /**
   * A conversation over this Naba, with the digest's commands.
   *
   * @param botName the name people mention the bot by, or {@code null} (the terminal)
   * @param surfaceStats the surface's own figures for /stats
   * @param metrics counts the questions answered
   */
  public Dialogue dialogue(
      QuestionLog questions,
      Subscriptions subscriptions,
      ChatAdmins chatAdmins,
      DialogueSettings settings,
      Clock clock,
      String botName,
      Supplier<List<String>> surfaceStats,
      NabaMetrics metrics) {
    return new Dialogue(
        answerer,
        store,
        questions,
        new NabaAdmin(this, surfaceStats),
        settings,
        clock,
        botName,
        List.of(
            new SubscriptionCommands(
                subscriptions, chatAdmins, config.digest().time(), config.digest().zone(), clock),
            new FeedCommands(feeds, settings::isAdmin)),
        metrics);
  }

  public NabaConfig config() {
    return config;
  }

  public Store store() {
    return store;
  }

  public UnitSchema schema() {
    return schema;
  }

  public UnitIndex index() {
    return index;
  }

  public Stories stories() {
    return stories;
  }

  public Answerer answerer() {
    return answerer;
  }

  /** The sources Naba follows; polling starts only when asked ({@code naba serve}). */
  public FeedFollower feeds() {
    return feeds;
  }

  @Override
  public void close() {
    try (store;
        schema;
        index;
        placement;
        feeds) {
      // stops the feeds and the placements, then closes index, schema and store
    }
  }
}
