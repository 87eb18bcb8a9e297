package org.naba.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.naba.cli.DataOption;
import org.naba.cli.Naba;
import org.naba.cli.NabaCommand;
import org.naba.config.NabaConfig;
import org.naba.ingest.OutletDirectory;
import org.naba.ingest.Read;
import org.naba.ingest.Sources;
import org.naba.quotes.QuoteExtractor;
import org.naba.stories.StoryArticle;
import org.naba.stories.StoryTuning;
import org.naba.tools.stories.StoryBenchmark;
import org.naba.tools.stories.StoryCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code naba bench}: ingest throughput into a fresh data folder and warm {@code ask} latency over
 * real questions, with the JVM's peak heap; or, with {@code --quotes}, quote extraction speed
 * alone; or, with {@code --stories}, story clustering alone; with {@code --feeds}, also following
 * feeds.
 *
 * <p>Long because it is the one benchmark command: each mode's options and its JSON figures sit
 * together so that every run prints one object. The story and feed modes could move to commands of
 * their own.
 */
@Command(
    name = "bench",
    description = "Measure ingest throughput and ask latency on a real corpus.")
public final class BenchCommand implements Callable<Integer> {

  private static final int WARM_PASSES = 3;

  @ParentCommand NabaCommand parent;
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description =
          "News corpus to ingest, repeatable (default: ../shared/data/news/ant-all.jsonl.gz); with"
              + " --quotes also a folder of seed articles.")
  List<Path> corpora = List.of(Path.of("../shared/data/news/ant-all.jsonl.gz"));

  @Option(
      names = "--questions",
      paramLabel = "FILE",
      description =
          "SQuAD-format files whose questions are asked (default: ../shared/data/qa/*.json).")
  List<Path> questionFiles;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  @Option(
      names = "--bot",
      description =
          "Also measure the Telegram bot against a loopback fake Bot API server: answered"
              + " messages per second and reply latency, on distinct questions (no answer cache).")
  boolean bot;

  @Option(
      names = "--digest",
      description =
          "Also compose the daily digests of 10,000 subscriptions over the whole store (one"
              + " window, prepared once) and time it.")
  boolean digest;

  @Option(
      names = "--quotes",
      description =
          "Only time quote extraction over every article of --corpus, on one thread, in this fresh"
              + " JVM: the first pass (cold, with the JIT's work) and the best of three warm passes."
              + " Run it under taskset -c 0 to hold the whole JVM to one core.")
  boolean quotes;

  @Option(
      names = "--stories",
      description =
          "Only time story clustering: every dated article of --story-corpus, read and analysed"
              + " first (not timed), clustered in three whole passes (median reported) and the"
              + " median and 99th-percentile time of adding one article in the last pass.")
  boolean stories;

  @Option(
      names = "--story-corpus",
      paramLabel = "FILE",
      description =
          "Corpora for --stories (default: ../shared/data/news/ant-all.jsonl.gz and"
              + " saudinewsnet.jsonl.gz).")
  List<Path> storyCorpus;

  @Option(
      names = "--story-no-quotes",
      description =
          "With --stories, extract no quotes first (no speaker or quote signals): for machines"
              + " where extracting the quotes of the whole corpus takes too long.")
  boolean storyNoQuotes;

  @Option(
      names = "--story-passes",
      paramLabel = "N",
      description =
          "With --stories, how many whole clustering passes to time (default: ${DEFAULT-VALUE};"
              + " the add times are those of the last).")
  int storyPasses = 2;

  @Option(
      names = "--feeds",
      description =
          "Also follow 200 RSS sources of 50 real articles each on loopback servers (pages after"
              + " 20 ms) with the default settings: items/s of the first load, ask latency during"
              + " it, the time from a new item in a feed to an answer naming it; with --bot, the"
              + " bot's figures again while naba serve's own polling loads 10,000 more.")
  boolean feeds;

  @Option(
      names = "--feed-corpus",
      paramLabel = "FILE",
      description =
          "Articles the feeds serve, another corpus than --corpus (default:"
              + " ../shared/data/news/saudinewsnet.jsonl.gz).")
  Path feedCorpus = Path.of("../shared/data/news/saudinewsnet.jsonl.gz");

  @Option(
      names = "--skip-ingest",
      description = "Reuse the corpus already in --data instead of ingesting into a fresh folder.")
  boolean skipIngest;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ObjectMapper mapper = new ObjectMapper();
    if (quotes) {
      return print(mapper, quoteExtraction(mapper));
    }
    if (stories) {
      return print(mapper, storyClustering(mapper));
    }
    corpora.forEach(BenchCommand::requireFile);
    List<Path> qaFiles = questionFiles != null ? questionFiles : defaultQuestionFiles();
    qaFiles.forEach(BenchCommand::requireFile);
    List<String> questions = questions(qaFiles);
    long corpusBytes = 0;
    for (Path corpus : corpora) {
      corpusBytes += uncompressedBytes(corpus);
    }

    Path dataDir =
        data.dataDir() != null ? data.dataDir() : Files.createTempDirectory("naba-bench-");
    if (!skipIngest && Files.exists(dataDir.resolve("naba.db"))) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "bench needs a fresh data folder; " + dataDir + " holds a store");
    }
    NabaConfig config = parent.config(data).withDataDir(dataDir);
    ObjectNode result = mapper.createObjectNode();
    result.put("corpus", String.join(" ", corpora.stream().map(Path::toString).toList()));
    result.put("data", dataDir.toString());
    result.put("cores", Runtime.getRuntime().availableProcessors());

    long t0 = System.nanoTime();
    HeapSampler heap = HeapSampler.start();
    try (Naba naba = Naba.open(config)) { // seeds ingested and indexed: part of a fresh start
      long t1 = System.nanoTime();
      long ingested =
          skipIngest ? 0 : Naba.ingestor(config, naba.store()).ingest(corpora).ingested();
      long t2 = System.nanoTime();
      int indexed = naba.index().catchUp(naba.store());
      long t3 = System.nanoTime();
      double storeSeconds = (t2 - t1) / 1e9;
      double indexSeconds = (t3 - t2) / 1e9;
      double totalSeconds = (t3 - t1) / 1e9;
      ObjectNode ingest = result.putObject("ingest");
      ingest.put("articles", ingested);
      ingest.put("articles_indexed", indexed);
      ingest.put("units", naba.index().unitCount());
      ingest.put("megabytes", round(corpusBytes / 1e6));
      ingest.put("first_start_seconds", round((t1 - t0) / 1e9));
      ingest.put("store_seconds", round(storeSeconds));
      ingest.put("index_seconds", round(indexSeconds));
      ingest.put("total_seconds", round(totalSeconds));
      ingest.put("articles_per_second", round(ingested / totalSeconds));
      ingest.put("megabytes_per_second", round(corpusBytes / 1e6 / totalSeconds));

      for (String q : questions) { // warm-up pass: JIT, caches, page cache
        naba.answerer().ask(q);
      }
      long[] nanos = AskTimes.of(naba.answerer(), questions);
      ObjectNode ask = result.putObject("ask");
      ask.put("questions", nanos.length);
      ask.put("p50_ms", round(percentile(nanos, 50) / 1e6));
      ask.put("p95_ms", round(percentile(nanos, 95) / 1e6));
      ask.put("p99_ms", round(percentile(nanos, 99) / 1e6));
      ask.put("max_ms", round(nanos[nanos.length - 1] / 1e6));
      if (digest) {
        DigestBenchmark.Figures d = DigestBenchmark.run(naba.store(), 10_000, 5);
        ObjectNode node = result.putObject("digest");
        node.put("subscriptions", d.subscriptions());
        node.put("distinct_queries", d.distinctQueries());
        node.put("window_quotes", d.windowQuotes());
        node.put("window_statements", d.windowStatements());
        node.put("digests", d.digests());
        node.put("read_seconds", round(d.readSeconds()));
        node.put("prepare_seconds", round(d.prepareSeconds()));
        node.put("compose_seconds", round(d.composeSeconds()));
        node.put("total_seconds", round(d.totalSeconds()));
      }
      result.put("articles_stored", naba.store().articleCount());
    }
    result.put("peak_heap_mb_ingest_and_ask", round(heap.peakBytes() / 1e6));
    if (bot) {
      bot(result.putObject("bot"), config, questions);
    }
    if (feeds) {
      requireFile(feedCorpus);
      feeds(result.putObject("feeds"), config, questions);
    }
    // the whole run, bot included: what a server with this -Xmx and this much memory needs
    result.put("peak_heap_mb", round(heap.peakBytes() / 1e6));
    result.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / 1e6));
    result.put("peak_rss_mb", round(heap.peakRssBytes() / 1e6));
    result.put("anonymous_rss_mb_at_end", round(heap.anonymousRssBytes() / 1e6));
    heap.close();

    return print(mapper, result);
  }

  private static void bot(ObjectNode node, NabaConfig config, List<String> questions)
      throws InterruptedException {
    BotBenchmark.Figures f =
        new BotBenchmark(config).run(questions, Math.min(2_000, questions.size()), false);
    node.put("questions", f.questions());
    node.put("answered_messages_per_second", round(f.messagesPerSecond()));
    node.put("latency_questions", f.latencyQuestions());
    node.put("latency_rate_per_second", BotBenchmark.LATENCY_RATE);
    node.put("p50_ms", round(f.p50Millis()));
    node.put("p99_ms", round(f.p99Millis()));
    node.put("max_ms", round(f.maxMillis()));
    node.put("telegram_rate_per_second", BotBenchmark.TELEGRAM_RATE);
    node.put("telegram_rate_p50_ms", round(f.telegramRateP50Millis()));
    node.put("telegram_rate_p99_ms", round(f.telegramRateP99Millis()));
  }

  /** The figures of {@link FeedBenchmark}; with --bot, the bot's again while serve polls. */
  private void feeds(ObjectNode node, NabaConfig config, List<String> questions)
      throws InterruptedException {
    try (FeedBenchmark bench = new FeedBenchmark(config, feedCorpus)) {
      FeedBenchmark.Figures f = bench.run(questions);
      node.put("feed_corpus", feedCorpus.toString());
      node.put("sources", FeedBenchmark.SOURCES);
      node.put("items", f.items());
      node.put("page_latency_ms", FeedBenchmark.PAGE_LATENCY_MS);
      node.put("every_seconds", bench.config().feeds().every().toSeconds());
      node.put("host_delay_seconds", bench.config().feeds().hostDelay().toMillis() / 1e3);
      node.put("load_seconds", round(f.loadSeconds()));
      node.put("items_per_second", round(f.itemsPerSecond()));
      node.put("articles_stored", f.articlesStored());
      ObjectNode fresh = node.putObject("item_to_answer_seconds");
      double[] latencies = f.latencySeconds().stream().mapToDouble(Double::doubleValue).toArray();
      fresh.put("probes", latencies.length + f.missed());
      fresh.put("answered", latencies.length);
      if (latencies.length > 0) {
        fresh.put("median", round(latencies[(latencies.length - 1) / 2]));
        fresh.put(
            "p95", round(latencies[Math.max(0, (int) Math.ceil(0.95 * latencies.length) - 1)]));
        fresh.put("max", round(latencies[latencies.length - 1]));
      }
      ObjectNode ask = node.putObject("ask");
      ask.put("idle_questions", f.askIdleNanos().length);
      ask.put("idle_p50_ms", round(percentile(f.askIdleNanos(), 50) / 1e6));
      ask.put("idle_p99_ms", round(percentile(f.askIdleNanos(), 99) / 1e6));
      ask.put("during_load_questions", f.askDuringNanos().length);
      if (f.askDuringNanos().length > 0) {
        ask.put("during_load_p50_ms", round(percentile(f.askDuringNanos(), 50) / 1e6));
        ask.put("during_load_p99_ms", round(percentile(f.askDuringNanos(), 99) / 1e6));
        ask.put(
            "p50_ratio",
            round((double) percentile(f.askDuringNanos(), 50) / percentile(f.askIdleNanos(), 50)));
      }
      ObjectNode fetches = node.putObject("fetches");
      f.fetches().forEach(fetches::put);
      if (bot) {
        long before = articleCount(bench.config());
        node.put("bot_while_polling_new_items", bench.loadMore());
        bot(node.putObject("bot_while_polling"), bench.config(), questions);
        node.put("bot_while_polling_articles_stored", articleCount(bench.config()) - before);
      }
    }
  }

  private static long articleCount(NabaConfig config) {
    try (Naba naba = Naba.open(config)) {
      return naba.store().articleCount();
    }
  }

  /** The figures of {@link QuoteBenchmark} over the corpus's articles; nothing is stored. */
  private ObjectNode quoteExtraction(ObjectMapper mapper) {
    Path corpus = corpora.get(0);
    if (!Files.exists(corpus)) {
      throw new IllegalArgumentException("bench input " + corpus + " not found");
    }
    NabaConfig config = parent.config(data);
    List<String> bodies = new ArrayList<>();
    new Sources(OutletDirectory.load(config.outletsFile()))
        .read(
            List.of(corpus),
            read -> {
              if (read instanceof Read.Found found) {
                bodies.add(found.article().text());
              }
            });
    QuoteBenchmark.Figures f = new QuoteBenchmark(new QuoteExtractor()).run(bodies, WARM_PASSES);
    ObjectNode result = mapper.createObjectNode();
    result.put("corpus", corpus.toString());
    result.put("cores", Runtime.getRuntime().availableProcessors());
    ObjectNode node = result.putObject("quotes");
    node.put("articles", f.articles());
    node.put("quotes", f.quotes());
    node.put("cold_seconds", round(f.coldSeconds()));
    node.put("cold_cpu_seconds", round(f.coldCpuSeconds()));
    node.put("warm_seconds", round(f.warmSeconds()));
    node.put("warm_passes", f.warmPasses());
    return result;
  }

  /** The figures of {@link StoryBenchmark} over the story corpora; nothing is stored. */
  private ObjectNode storyClustering(ObjectMapper mapper) {
    List<Path> files =
        storyCorpus != null
            ? storyCorpus
            : List.of(
                Path.of("../shared/data/news/ant-all.jsonl.gz"),
                Path.of("../shared/data/news/saudinewsnet.jsonl.gz"));
    files.forEach(BenchCommand::requireFile);
    NabaConfig config = parent.config(data);
    long t0 = System.nanoTime();
    List<StoryArticle> articles =
        StoryCorpus.load(
            OutletDirectory.load(config.outletsFile()), files, a -> true, !storyNoQuotes);
    long t1 = System.nanoTime();
    StoryBenchmark.Figures f =
        new StoryBenchmark(StoryTuning.defaults()).run(articles, storyPasses);
    ObjectNode result = mapper.createObjectNode();
    result.put("corpus", files.toString());
    result.put("cores", Runtime.getRuntime().availableProcessors());
    ObjectNode node = result.putObject("stories");
    node.put("articles", f.articles());
    node.put("stories", f.stories());
    node.put("quotes_extracted", !storyNoQuotes);
    node.put("read_and_analyse_seconds", round((t1 - t0) / 1e9));
    node.put("passes", f.passSeconds().length);
    node.put("median_pass_seconds", round(f.medianPassSeconds()));
    node.put("median_pass_cpu_seconds", round(f.medianPassCpuSeconds()));
    node.put(
        "load_average",
        round(
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
    node.put("add_p50_ms", Math.round(f.addMillis(50) * 1000) / 1000.0);
    node.put("add_p99_ms", round(f.addMillis(99)));
    node.put("add_max_ms", round(f.addMillis(100)));
    return result;
  }

  private int print(ObjectMapper mapper, ObjectNode result) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        json
            ? mapper.writeValueAsString(result)
            : mapper.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    out.flush();
    return 0;
  }

  private static List<Path> defaultQuestionFiles() throws IOException {
    Path dir = Path.of("../shared/data/qa");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("question folder " + dir + " not found; pass --questions");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static void requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("bench input " + file + " not found");
    }
  }

  /** Every question of SQuAD-format files, in file order. */
  static List<String> questions(List<Path> files) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> questions = new ArrayList<>();
    for (Path file : files) {
      JsonNode root = mapper.readTree(file.toFile());
      for (JsonNode article : root.path("data")) {
        for (JsonNode paragraph : article.path("paragraphs")) {
          for (JsonNode qa : paragraph.path("qas")) {
            questions.add(qa.path("question").asText());
          }
        }
      }
    }
    return questions;
  }

  private static long uncompressedBytes(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private static long percentile(long[] sorted, int p) {
    return AskTimes.percentile(sorted, p);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
