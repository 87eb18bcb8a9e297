package org.naba.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Benchmark (not a test): times {@link QuoteExtractor#extract} over every article of a corpus.
 * Bodies are loaded first, so the figures are extraction only: the first (cold) pass, and the best
 * of three further passes. Run it on one core ({@code taskset -c 0}): the cold pass then shares
 * that core with the JIT compiler, and its process CPU time is what the pass costs even when other
 * work shares the core.
 *
 * <p>Usage: {@code QuoteSpeedRunner ../shared/data/news/ant-all.jsonl.gz}
 */
public final class QuoteSpeedRunner {

  private static final int PASSES = 3;

  private QuoteSpeedRunner() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/news/ant-all.jsonl.gz");
    List<String> bodies = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        bodies.add(json.readTree(line).get("text").asText());
      }
    }
    QuoteExtractor extractor = new QuoteExtractor();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long coldStart = System.nanoTime();
    long cpuStart = os.getProcessCpuTime();
    long quotes = run(extractor, bodies);
    long cold = System.nanoTime() - coldStart;
    long coldCpu = os.getProcessCpuTime() - cpuStart;
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < PASSES; pass++) {
      long start = System.nanoTime();
      run(extractor, bodies);
      best = Math.min(best, System.nanoTime() - start);
    }
    System.out.printf(
        "%s: %d articles, %d quotes; extraction %.2f s cold (first pass; %.2f s of process CPU,"
            + " JIT and GC included), %.2f s warm (best of %d)%n",
        corpus, bodies.size(), quotes, cold / 1e9, coldCpu / 1e9, best / 1e9, PASSES);
  }

  private static long run(QuoteExtractor extractor, List<String> bodies) {
    long count = 0;
    for (String body : bodies) {
      count += extractor.extract(body).size();
    }
    return count;
  }
}
