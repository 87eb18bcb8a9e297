package org.naba.tools.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.naba.quotes.QuoteExtractor;

/**
 * Times {@link QuoteExtractor#extract} over article bodies on the calling thread (issue 4's speed
 * target). The first pass is cold: in a fresh JVM it carries the JIT compiler's work, which on one
 * core ({@code taskset -c 0}) shares that core; its process CPU time counts every thread (JIT and
 * GC included), so it stays meaningful when other work shares the core. Further passes are warm.
 */
public final class QuoteBenchmark {

  /**
   * @param articles bodies read
   * @param quotes quotes extracted in one pass
   * @param coldSeconds wall time of the first pass
   * @param coldCpuSeconds process CPU time of the first pass, all threads
   * @param warmSeconds wall time of the best warm pass
   * @param warmPasses warm passes run
   */
  public record Figures(
      int articles,
      long quotes,
      double coldSeconds,
      double coldCpuSeconds,
      double warmSeconds,
      int warmPasses) {}

  private final QuoteExtractor extractor;

  public QuoteBenchmark(QuoteExtractor extractor) {
    this.extractor = extractor;
  }

  /** One cold pass over {@code bodies}, then {@code warmPasses} more; at least one. */
  public Figures run(List<String> bodies, int warmPasses) {
    if (warmPasses < 1) {
      throw new IllegalArgumentException("warmPasses must be at least 1, was " + warmPasses);
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    long quotes = pass(bodies);
    long cold = System.nanoTime() - start;
    long coldCpu = os.getProcessCpuTime() - cpuStart;
    long best = Long.MAX_VALUE;
    for (int p = 0; p < warmPasses; p++) {
      long s = System.nanoTime();
      long again = pass(bodies);
      best = Math.min(best, System.nanoTime() - s);
      if (again != quotes) {
        throw new IllegalStateException(
            "quote extraction is not a pure function: " + quotes + " then " + again + " quotes");
      }
    }
    return new Figures(bodies.size(), quotes, cold / 1e9, coldCpu / 1e9, best / 1e9, warmPasses);
  }

  private long pass(List<String> bodies) {
    long count = 0;
    for (String body : bodies) {
      count += extractor.extract(body).size();
    }
    return count;
  }
}
