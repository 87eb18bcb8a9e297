package org.naba.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.naba.quotes.QuoteExtractor;
import org.naba.store.Store;

/**
 * Measures ingest into a fresh store (not a unit test; run by hand):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:DEPS org.naba.ingest.IngestBench \
 *     ../shared/data/news/ant-all.jsonl.gz [threads [read-only|store-only]]
 * </pre>
 *
 * <p>{@code read-only} times reading, parsing and analysis on one thread without a store; {@code
 * store-only} analyses everything first, then times {@link Store#add} alone.
 */
public final class IngestBench {

  private IngestBench() {}

  public static void main(String[] args) throws Exception {
    Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-all.jsonl.gz");
    int threads =
        args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    if (args.length > 2 && args[2].equals("read-only")) {
      Sources sources = new Sources(OutletDirectory.load(Path.of("config/outlets.json")));
      ArticleAnalysis analysis = new ArticleAnalysis(new QuoteExtractor());
      long t0 = System.nanoTime();
      int[] n = new int[2];
      sources.read(List.of(input), r -> n[0]++);
      long t1 = System.nanoTime();
      sources.read(
          List.of(input),
          r -> {
            if (r instanceof Read.Found f) {
              n[1] += analysis.analyse(f.article()).sentences().size();
            }
          });
      long t2 = System.nanoTime();
      System.out.printf(
          "read+parse %d items: %.2f s; read+parse+analyse (%d sentences): %.2f s, one thread%n",
          n[0], (t1 - t0) / 1e9, n[1], (t2 - t1) / 1e9);
      return;
    }
    if (args.length > 2 && args[2].equals("store-only")) {
      Sources sources = new Sources(OutletDirectory.load(Path.of("config/outlets.json")));
      ArticleAnalysis analysis = new ArticleAnalysis(new QuoteExtractor());
      java.util.List<org.naba.store.ParsedArticle> parsed = new java.util.ArrayList<>();
      sources.read(
          List.of(input),
          r -> {
            if (r instanceof Read.Found f) {
              parsed.add(analysis.analyse(f.article()));
            }
          });
      Path tmp = Files.createTempDirectory("naba-bench");
      try (Store store = Store.open(tmp.resolve("naba.db"))) {
        long t0 = System.nanoTime();
        for (org.naba.store.ParsedArticle p : parsed) {
          store.add(p);
        }
        System.out.printf(
            "store.add of %d analysed articles: %.2f s%n",
            parsed.size(), (System.nanoTime() - t0) / 1e9);
      } finally {
        deleteTree(tmp);
      }
      return;
    }
    Path dir = Files.createTempDirectory("naba-bench");
    try (Store store = Store.open(dir.resolve("naba.db"))) {
      Ingestor ingestor =
          new Ingestor(
              store,
              new Sources(OutletDirectory.load(Path.of("config/outlets.json"))),
              new ArticleAnalysis(new QuoteExtractor()),
              threads);
      long start = System.nanoTime();
      IngestReport report = ingestor.ingest(List.of(input));
      double seconds = (System.nanoTime() - start) / 1e9;
      long bytes = Files.size(input);
      System.out.printf(
          "%s: %s in %.2f s (%d threads): %.0f articles/s, %.1f MB/s of input file%n",
          input,
          report.summary(),
          seconds,
          threads,
          report.total() / seconds,
          bytes / 1e6 / seconds);
      System.out.printf(
          "store %s: %d articles, %.1f MB%n",
          dir, store.articleCount(), Files.size(dir.resolve("naba.db")) / 1e6);
      Runtime rt = Runtime.getRuntime();
      System.out.printf("heap used at end %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
